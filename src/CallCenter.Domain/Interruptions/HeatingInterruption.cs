using CallCenter.Entities;

namespace CallCenter.Interruptions;

/// <summary>
/// A heating interruption (停热/检修) a dispatcher entered: a station, the communities it affects (empty = all the
/// station serves), when it started, when heat is expected back, and the message the IVR reads to callers.
/// </summary>
public sealed class HeatingInterruption : AuditedAggregateRoot
{
    public Guid StationId { get; private set; }
    public List<string> Communities { get; private set; } = [];
    public DateTimeOffset StartsAt { get; private set; }
    public DateTimeOffset ExpectedRestorationAt { get; private set; }
    public DateTimeOffset? EndedAt { get; private set; }
    public string Message { get; private set; } = "";

    private HeatingInterruption() { }

    public HeatingInterruption(Guid stationId, IEnumerable<string> communities, DateTimeOffset startsAt, DateTimeOffset expectedRestorationAt, string message)
    {
        Change(stationId, communities, startsAt, expectedRestorationAt, message);
    }

    public void Change(Guid stationId, IEnumerable<string> communities, DateTimeOffset startsAt, DateTimeOffset expectedRestorationAt, string message)
    {
        StationId = stationId;
        Communities = communities.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct().ToList();
        StartsAt = startsAt;
        ExpectedRestorationAt = expectedRestorationAt;
        Message = message.Trim();
    }

    public void End(DateTimeOffset at) => EndedAt ??= at;

    /// <summary>Started and not ended: once the expected restoration passes it still counts until someone ends it.</summary>
    public bool IsActiveAt(DateTimeOffset now) => EndedAt is null && StartsAt <= now;

    public bool Affects(Guid? stationId, string? community) =>
        stationId == StationId && (Communities.Count == 0 || (community is not null && Communities.Contains(community)));
}
