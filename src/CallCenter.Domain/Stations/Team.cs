using CallCenter.Entities;

namespace CallCenter.Stations;

/// <summary>A group of people in a department, optionally tied to one station (a station's repair crew).</summary>
public sealed class Team : AuditedAggregateRoot
{
    public string Name { get; set; } = "";
    public Guid DepartmentId { get; set; }
    public Guid? StationId { get; set; }
}
