namespace CallCenter.Acd;

/// <summary>
/// One row of the append-only <c>queue_events</c> table (ADR 0600 D6, in the spirit of Asterisk's queue_log). Mapped for
/// the schema and for reads; written in batches by the queue event writer's single-statement INSERT, never row by row.
/// </summary>
public sealed class QueueEvent
{
    public long Id { get; private set; }
    public DateTimeOffset At { get; private set; }
    public Guid? CallRecordId { get; private set; }
    public Guid? QueueId { get; private set; }
    public Guid? AgentId { get; private set; }
    public QueueEventKind Event { get; private set; }
    public int? WaitMs { get; private set; }
    public int? TalkMs { get; private set; }
    public int? WrapMs { get; private set; }
    /// <summary>A JSON object (IVR path, reason, transfer target, state…) or null.</summary>
    public string? Data { get; private set; }

    private QueueEvent() { }

    public QueueEvent(DateTimeOffset at, QueueEventKind kind, Guid? callRecordId, Guid? queueId, Guid? agentId,
        int? waitMs = null, int? talkMs = null, int? wrapMs = null, string? data = null)
    {
        At = at;
        Event = kind;
        CallRecordId = callRecordId;
        QueueId = queueId;
        AgentId = agentId;
        WaitMs = waitMs;
        TalkMs = talkMs;
        WrapMs = wrapMs;
        Data = data;
    }
}
