using CallCenter.Voice.Acd.Desk;

namespace CallCenter.Voice.Acd;

/// <summary>
/// The notifier of a node without desktops (the stand-alone SipNode, tests): pushes go nowhere. Registered with
/// TryAdd, so the Host's SignalR notifier, registered first, wins.
/// </summary>
public sealed class NullAgentDeskNotifier : IAgentDeskNotifier
{
    public Task AgentChangedAsync(AgentDeskSnapshot snapshot) => Task.CompletedTask;

    public Task CallOfferedAsync(Guid agentId, DeskCall call) => Task.CompletedTask;

    public Task CallConnectedAsync(Guid agentId, DeskCall call) => Task.CompletedTask;

    public Task CallEndedAsync(Guid agentId, DeskCall call, string reason) => Task.CompletedTask;
}
