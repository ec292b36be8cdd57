using CallCenter.Auditing;
using CallCenter.Entities;

namespace CallCenter.Stations;

/// <summary>A community (小区) a station serves; a community is served by exactly one station (unique index).</summary>
public sealed class StationCommunity : Entity, IAuditedChild
{
    public Guid StationId { get; private set; }
    public string Community { get; private set; } = "";

    private StationCommunity() { }

    internal StationCommunity(Guid stationId, string community)
    {
        StationId = stationId;
        Community = community;
    }

    Guid IAuditedChild.ParentId => StationId;
    string IAuditedChild.AuditFieldName => "Community";
    string IAuditedChild.AuditDisplayValue => Community;
}
