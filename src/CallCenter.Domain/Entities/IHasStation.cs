namespace CallCenter.Entities;

/// <summary>Data that belongs to one heat-exchange station; station-scoped users see only their station's rows.</summary>
public interface IHasStation
{
    Guid? StationId { get; }
}
