namespace CallCenter.Voice.Acd.Desk;

/// <summary>
/// Pushes to the agent's open desktops (the Host implements it over SignalR). Called by the ACD off its lock; an
/// implementation must not block and must not throw (a desktop that is gone is not an error).
/// </summary>
public interface IAgentDeskNotifier
{
    Task AgentChangedAsync(AgentDeskSnapshot snapshot);

    /// <summary>The agent's phone is ringing with this call: the screen pop. Sent before the INVITE leaves.</summary>
    Task CallOfferedAsync(Guid agentId, DeskCall call);

    Task CallConnectedAsync(Guid agentId, DeskCall call);

    /// <summary>The call is over for this agent (hung up, transferred away, or the ring moved on).</summary>
    Task CallEndedAsync(Guid agentId, DeskCall call, string reason);
}
