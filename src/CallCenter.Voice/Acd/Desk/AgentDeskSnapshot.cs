using CallCenter.Acd;

namespace CallCenter.Voice.Acd.Desk;

/// <summary>The agent's desk at one moment: state (with reason and since when), queues logged into, the call, today's own figures.</summary>
public sealed record AgentDeskSnapshot(
    Guid AgentId,
    string DisplayName,
    string Extension,
    AgentState State,
    string? NotReadyReason,
    DateTimeOffset StateSince,
    /// <summary>When WrapUp ends by itself (null outside WrapUp).</summary>
    DateTimeOffset? WrapUpUntil,
    IReadOnlyList<Guid> Queues,
    /// <summary>Whether the agent's phone has a reachable registration: a Ready agent without one is offered nothing.</summary>
    bool PhoneRegistered,
    DeskCall? Call,
    int CallsToday,
    TimeSpan TalkToday,
    TimeSpan WrapUpToday);
