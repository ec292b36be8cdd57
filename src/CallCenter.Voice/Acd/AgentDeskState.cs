using CallCenter.Voice.Acd.Desk;

namespace CallCenter.Voice.Acd;

/// <summary>
/// What the owner keeps per agent beside the router's state: the call on the desk, the last call's wrap-up bookkeeping
/// (disposition recorded? talk time for the Complete event) and today's figures. Guarded by its own lock; never held
/// while calling the router or doing I/O.
/// </summary>
internal sealed class AgentDeskState(Guid agentId)
{
    public Lock Sync { get; } = new();
    public Guid AgentId { get; } = agentId;

    /// <summary>The call ringing at, connected to or last finished by this agent (shown during wrap-up).</summary>
    public DeskCall? Call { get; set; }

    /// <summary>The bridge of the connected call (null while ringing or after it ended).</summary>
    public Telephony.Calls.CallBridge? Bridge { get; set; }

    /// <summary>The caller's queue entry of the connected call: what a transfer carries on (session, data, priority).</summary>
    public QueuedCall? Queued { get; set; }

    /// <summary>The consultation of a warm transfer this agent started (null when none is up).</summary>
    public ConsultTransfer? Consult { get; set; }

    /// <summary>The call whose wrap-up is running and whether its disposition was recorded (EndWrapUp waits for it).</summary>
    public Guid? WrapUpCallId { get; set; }
    public bool DispositionRecorded { get; set; }

    /// <summary>The call the last disposition was saved for: it may be saved while the call still runs.</summary>
    public Guid? DispositionFor { get; set; }
    public bool? ResolvedFirstContact { get; set; }
    public Guid? WrapUpQueueId { get; set; }
    public DateTimeOffset? WrapUpStartedAt { get; set; }
    public int LastTalkMs { get; set; }

    public DateOnly Day { get; set; }
    public int CallsToday { get; set; }
    public TimeSpan TalkToday { get; set; }
    public TimeSpan WrapUpToday { get; set; }

    /// <summary>Today's figures start at zero on the first use of a new day (company day boundary is UTC+8 by default).</summary>
    public void RollDay(DateOnly today)
    {
        if (Day == today) return;
        Day = today;
        CallsToday = 0;
        TalkToday = TimeSpan.Zero;
        WrapUpToday = TimeSpan.Zero;
    }
}
