using CallCenter.Acd;
using CallCenter.Errors;
using CallCenter.Voice.Acd.Desk;

namespace CallCenter.Voice.Acd;

/// <summary>The desk's call actions: hold and hang up (the agent's connected call only); transfers are in AcdService.Transfer.cs.</summary>
public sealed partial class AcdService
{
    /// <summary>Hold / resume: the caller hears the shared music, the agent silence; the agent's state and the Hold/Unhold events follow.</summary>
    public Task<DeskActionResult> HoldAsync(Guid agentId, bool hold, CancellationToken ct = default)
    {
        var result = Act(agentId, id =>
        {
            var desk = Desk(agentId);
            DeskCall? call;
            Telephony.Calls.CallBridge? bridge;
            lock (desk.Sync)
            {
                // During a consultation the caller is on music already; the desk offers complete or cancel instead.
                if (desk.Consult is not null) return AcdDeskErrorCodes.ConsultInProgress;
                bridge = desk.Bridge;
                call = bridge is null ? null : desk.Call;
            }
            if (call is null || bridge is null) return AcdDeskErrorCodes.NoCall;
            if (!Router.SetHold(id, hold)) return AcdDeskErrorCodes.WrongState;
            if (hold) bridge.Hold();
            else bridge.Unhold();
            var held = call with { OnHold = hold };
            lock (desk.Sync) desk.Call = held;
            events.Post(new QueueEventDto(time.GetUtcNow(), hold ? QueueEventKind.Hold : QueueEventKind.Unhold, call.CallRecordId, call.QueueId, agentId));
            Notify(n => n.CallConnectedAsync(agentId, held));
            return null;
        });
        return Task.FromResult(result);
    }

    /// <summary>Ends the agent's connected call (the caller's leg follows through the bridge); wrap-up starts.</summary>
    public Task<DeskActionResult> HangupAsync(Guid agentId, CancellationToken ct = default)
    {
        var result = Act(agentId, _ =>
        {
            var desk = Desk(agentId);
            Telephony.Calls.CallBridge? bridge;
            lock (desk.Sync) bridge = desk.Bridge;
            if (bridge is null) return AcdDeskErrorCodes.NoCall;
            bridge.Target.Hangup();
            return null;
        });
        return Task.FromResult(result);
    }
}
