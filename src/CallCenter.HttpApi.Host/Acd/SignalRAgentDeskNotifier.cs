using CallCenter.Voice.Acd.Desk;
using Microsoft.AspNetCore.SignalR;

namespace CallCenter.Acd;

/// <summary>
/// The ACD's pushes to the agent's open desktops over SignalR: one group per agent, so every tab of the agent hears
/// them. Never throws (a desktop that is gone is not the ACD's problem); the ring-to-screen-pop clock starts here.
/// Client methods: AgentChanged(snapshot), CallOffered(call), CallConnected(call), CallEnded(call, reason).
/// </summary>
public sealed class SignalRAgentDeskNotifier(IHubContext<AgentDeskHub> hub, ScreenPopLatency latency, ILogger<SignalRAgentDeskNotifier> log)
    : IAgentDeskNotifier
{
    public Task AgentChangedAsync(AgentDeskSnapshot snapshot) => SendAsync(snapshot.AgentId, "AgentChanged", snapshot);

    public Task CallOfferedAsync(Guid agentId, DeskCall call)
    {
        latency.Offered(agentId, call.CallRecordId);
        return SendAsync(agentId, "CallOffered", call);
    }

    public Task CallConnectedAsync(Guid agentId, DeskCall call) => SendAsync(agentId, "CallConnected", call);

    public Task CallEndedAsync(Guid agentId, DeskCall call, string reason)
    {
        latency.Ended(agentId, call.CallRecordId);
        return SendAsync(agentId, "CallEnded", call, reason);
    }

    private async Task SendAsync(Guid agentId, string method, object first, object? second = null)
    {
        try
        {
            var clients = hub.Clients.Group(AgentDeskHub.GroupOf(agentId));
            await (second is null ? clients.SendAsync(method, first) : clients.SendAsync(method, first, second));
        }
        catch (Exception e)
        {
            log.LogWarning(e, "Desk push {Method} to agent {AgentId} failed", method, agentId);
        }
    }
}
