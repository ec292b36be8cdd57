using CallCenter.Acd;

namespace CallCenter.Voice.Acd;

/// <summary>
/// One agent state change the router made, collected under its lock and handed out by <see cref="AcdRouter.TakeChanges"/>
/// so the owner can push it to desktops and to queue_events without doing I/O inside the lock.
/// </summary>
public sealed record AgentStateChange(string AgentId, AgentState State, string? Reason, DateTimeOffset At);
