namespace CallCenter.Acd;

/// <summary>
/// One row kind of the append-only <c>queue_events</c> table (ADR 0600 D6, in the spirit of Asterisk's queue_log).
/// Reports read these and the call records only. Stored by name; never renumber.
/// </summary>
public enum QueueEventKind
{
    EnterQueue,
    RingAgent,
    RingNoAnswer,
    Connect,
    Hold,
    Unhold,
    Transfer,
    Abandon,
    CallbackRequested,
    CallbackConnected,
    Overflow,

    /// <summary>The call (or its part with this agent) is over: talk and wrap-up times.</summary>
    Complete,

    /// <summary>An agent's state changed (Data: state, reason). CallRecordId and QueueId are null.</summary>
    AgentState,
}
