using CallCenter.Acd;
namespace CallCenter.Voice.Acd;

/// <summary>A consistent copy of an agent's routing state, taken under the router's lock.</summary>
public sealed record AcdAgentView(
    string Id,
    string Extension,
    AgentState State,
    string? NotReadyReason,
    DateTimeOffset StateSince,
    DateTimeOffset IdleSince,
    int CallsTaken,
    TimeSpan TalkTime,
    int ConsecutiveMisses,
    string? CallId)
{
    /// <summary>When wrap-up ends by itself; null outside WrapUp.</summary>
    public DateTimeOffset? WrapUpUntil { get; init; }

    /// <summary>The queues the agent is a member of (skill and level).</summary>
    public IReadOnlyList<string> Queues { get; init; } = [];

    /// <summary>The member queues the agent is logged in to (all of them unless a subset was chosen); empty when LoggedOut.</summary>
    public IReadOnlyList<string> ActiveQueues { get; init; } = [];
}
