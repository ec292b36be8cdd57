namespace CallCenter.Acd;

/// <summary>
/// One row of <c>queue_events</c> (ADR 0600 D6). Times in milliseconds; <paramref name="Data"/> is a JSON object (IVR
/// path, reason, transfer target, state…) or null.
/// </summary>
public sealed record QueueEventDto(
    DateTimeOffset At,
    QueueEventKind Kind,
    Guid? CallRecordId,
    Guid? QueueId,
    Guid? AgentId,
    int? WaitMs = null,
    int? TalkMs = null,
    int? WrapMs = null,
    string? Data = null);
