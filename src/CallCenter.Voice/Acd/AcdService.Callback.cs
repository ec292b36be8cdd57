using System.Net.Sockets;
using System.Text.Json.Nodes;
using CallCenter.Acd;
using CallCenter.Telephony.Calls;
using CallCenter.Voice.Acd.Desk;
using Microsoft.Extensions.Logging;

namespace CallCenter.Voice.Acd;

/// <summary>
/// Queued callback (ADR 0600 D5). The caller presses 1 while waiting: the place in line is kept (the router entry stays,
/// with its enter time and priority), the caller hears a confirmation and is hung up. When the turn comes the agent's
/// phone rings first (the desk pops the household, marked 回拨); once the agent answers, the node calls the customer and
/// bridges the two legs it placed — recorded in stereo like any conversation. A customer who is busy or does not answer
/// is tried again after <see cref="VoiceOptions.CallbackRetryInterval"/>, in the original place, up to
/// <see cref="VoiceOptions.CallbackAttempts"/> times; the agent is Ready again at once.
/// </summary>
public sealed partial class AcdService
{
    /// <summary>
    /// The caller pressed 1: the waiting entry becomes a callback (it needs no media from now on). Null when an agent's
    /// answer is being connected at this very moment — the caller is then put through instead.
    /// </summary>
    private async Task<JsonObject?> RequestCallbackAsync(QueuedCall call, Task music)
    {
        lock (call.Sync)
        {
            if (call.Connecting) return null;
            call.CallbackAttempt = 1;
        }
        await call.Music.CancelAsync();
        await music;
        var now = time.GetUtcNow();
        var waitMs = (int)(now - call.EnteredAt).TotalMilliseconds;
        var data = new JsonObject { ["position"] = Router.Position(call.Id), ["number"] = call.Session.Call.CallerNumber };
        events.Post(new QueueEventDto(now, QueueEventKind.CallbackRequested, call.Session.CallRecordId, call.Queue.Id, null, WaitMs: waitMs,
            Data: data.ToJsonString()));
        call.Session.AddStep(call.ActivityId, "Enqueue", $"callback requested after {waitMs / 1000} s");
        try
        {
            if (call.Session.IsUp) await call.Session.Call.PlayAsync(await announcements.CallbackConfirmedAsync(_stopping.Token), cancellationToken: _stopping.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or InvalidOperationException)
        {
            // Hung up during the confirmation: the callback stands all the same.
        }
        call.Session.Call.Hangup();
        return Result("CallbackRequested", null, waitMs);
    }

    /// <summary>
    /// The agent answered a callback: the call is theirs (OnCall) while the customer's phone rings; the agent hears the
    /// music meanwhile. The customer answers → bridge, record, CallbackConnected. Otherwise the agent is Ready at once and
    /// the callback waits for its next try.
    /// </summary>
    private async Task CallCustomerAsync(QueuedCall call, Guid agentId, AgentDeskState desk, DeskCall deskCall, SipOutboundCall agentLeg)
    {
        try
        {
            await ConnectCallbackAsync(call, agentId, desk, deskCall, agentLeg);
        }
        catch (Exception e)
        {
            // Never leave the agent OnCall for a callback that went wrong: Ready again, the callback tried again later.
            LogCallbackFailed(e, call.Session.CallRecordId);
            agentLeg.Hangup();
            lock (desk.Sync)
            {
                if (desk.Bridge is not null) return; // connected: the conversation's own end wraps up
            }
            CustomerNotReached(call, agentId, desk, deskCall, call.CallbackAttempt, 0, "error");
        }
    }

    private async Task ConnectCallbackAsync(QueuedCall call, Guid agentId, AgentDeskState desk, DeskCall deskCall, SipOutboundCall agentLeg)
    {
        var outcome = Router.Answered(call.Id, agentId.ToString());
        if (!outcome.Connected)
        {
            agentLeg.Hangup();
            ClearDesk(desk, call, deskCall, "taken");
            AfterRouting(outcome.Offers);
            return;
        }
        CancelRings(call, outcome.CancelAgents);
        AfterRouting(outcome.Offers);
        var attempt = call.CallbackAttempt;
        var extension = Directory.Agents.GetValueOrDefault(agentId)?.Extension;
        if (agentLeg.Rtp?.Sender is { } agentSender && Endpoint is { } endpoint) agentSender.Music = endpoint.MusicOnHold;
        var (customer, status) = await DialCustomerAsync(call, agentLeg);
        var bridge = customer is null ? null : Endpoint!.Bridge(customer, agentLeg);
        var now = time.GetUtcNow();
        if (bridge is null)
        {
            var agentGone = agentLeg.State == OutboundCallState.Ended;
            customer?.Hangup();
            agentLeg.Hangup();
            CustomerNotReached(call, agentId, desk, deskCall, attempt, status, agentGone ? "agent hung up" : null);
            return;
        }
        var connected = deskCall with { AnsweredAt = now };
        lock (desk.Sync)
        {
            desk.Call = connected;
            desk.Bridge = bridge;
        }
        events.Post(new QueueEventDto(now, QueueEventKind.CallbackConnected, call.Session.CallRecordId, call.Queue.Id, agentId,
            WaitMs: (int)(now - call.EnteredAt).TotalMilliseconds,
            Data: new JsonObject { ["extension"] = extension, ["attempt"] = attempt, ["number"] = call.Session.Call.CallerNumber }.ToJsonString()));
        StartRecording(bridge, call);
        Notify(n => n.CallConnectedAsync(agentId, connected));
        call.Answered.TrySetResult(agentId);
        await WatchConversationAsync(call, agentId, desk, connected, bridge);
        _calls.TryRemove(call.Id, out _);
    }

    /// <summary>Calls the customer's number the way a transfer reaches a number (Voice:TransferTargets, TransferDomain, TransferProxy).</summary>
    private async Task<(SipOutboundCall? Customer, int Status)> DialCustomerAsync(QueuedCall call, SipOutboundCall agentLeg)
    {
        var session = call.Session;
        var options = session.Options;
        var target = options.ResolveTransferTarget(session.Call.CallerNumber, session.Call.RemoteSipEndPoint.Address.ToString());
        var destination = target is null ? null : await SipDestination.ResolveAsync(target, options.TransferProxy);
        if (target is null || destination is null || Endpoint is not { } endpoint) return (null, 0);
        SipOutboundCall customer;
        try
        {
            customer = endpoint.Dial(target, destination, session.Call.DialledNumber, null, agentLeg.Media?.Law ?? Telephony.Media.G711Law.MuLaw);
        }
        catch (SocketException e)
        {
            LogCallbackDialFailed(e, session.Call.CallerNumber);
            return (null, 0);
        }
        // The agent may give up while the customer's phone rings: that ends the try as well.
        using var timeout = new CancellationTokenSource(options.TransferRingTimeout, time);
        var stop = Task.Delay(Timeout.Infinite, timeout.Token).ContinueWith(_ => { }, TaskScheduler.Default);
        await Task.WhenAny(customer.Answer, agentLeg.Completion, stop);
        if (customer.Answer.IsCompleted && customer.Answer.Result is >= 200 and < 300 && customer.State == OutboundCallState.Answered
            && agentLeg.State == OutboundCallState.Answered)
            return (customer, customer.Answer.Result);
        customer.Hangup();
        return (null, customer.Answer.IsCompleted ? customer.Answer.Result : 0);
    }

    /// <summary>
    /// Busy, no answer or unreachable: the agent is Ready again at once, and the callback goes back to its original
    /// place after the retry interval — or, after the last try, ends as an Abandon that says so.
    /// </summary>
    private void CustomerNotReached(QueuedCall call, Guid agentId, AgentDeskState desk, DeskCall deskCall, int attempt, int status, string? reason)
    {
        var now = time.GetUtcNow();
        reason ??= status == 0 ? "no answer" : "status " + status;
        var options = call.Session.Options;
        var data = new JsonObject { ["callback"] = true, ["attempt"] = attempt, ["reason"] = reason };
        if (status != 0) data["status"] = status;
        // RingNoAnswer without an agent: the customer's phone, not an agent's, went unanswered (no miss is counted).
        events.Post(new QueueEventDto(now, QueueEventKind.RingNoAnswer, call.Session.CallRecordId, call.Queue.Id, null,
            WaitMs: (int)(now - call.EnteredAt).TotalMilliseconds, Data: data.ToJsonString()));
        lock (desk.Sync)
        {
            if (desk.Call?.CallRecordId == call.Session.CallRecordId) desk.Call = null;
            desk.Bridge = null;
        }
        Notify(n => n.CallEndedAsync(agentId, deskCall, "customer not reached"));
        AfterRouting(Router.CallbackNotReached(agentId.ToString()));
        if (attempt >= options.CallbackAttempts)
        {
            _calls.TryRemove(call.Id, out _);
            events.Post(new QueueEventDto(now, QueueEventKind.Abandon, call.Session.CallRecordId, call.Queue.Id, null,
                WaitMs: (int)(now - call.EnteredAt).TotalMilliseconds,
                Data: new JsonObject { ["callback"] = true, ["attempts"] = attempt, ["reason"] = "customer not reached" }.ToJsonString()));
            return;
        }
        call.CallbackAttempt = attempt + 1;
        _ = RetryCallbackAsync(call, options.CallbackRetryInterval);
    }

    private async Task RetryCallbackAsync(QueuedCall call, TimeSpan after)
    {
        try
        {
            if (after > TimeSpan.Zero) await Task.Delay(after, time, _stopping.Token);
            AfterRouting(Router.Enqueue(call.Id, call.Queue.Id.ToString(), call.Priority, call.EnteredAt));
        }
        catch (OperationCanceledException)
        {
            _calls.TryRemove(call.Id, out _); // the node stops: the restart sweep closes the chain (ADR 0600 D3)
        }
        catch (Exception e) when (e is InvalidOperationException or KeyNotFoundException)
        {
            LogCallbackRetryFailed(e, call.Session.CallRecordId);
            _calls.TryRemove(call.Id, out _);
        }
    }

    /// <summary>
    /// Whether 1 is offered and taken: the queue allows callback and the caller's number can be dialled back (an anonymous
    /// or withheld caller is not offered a callback that could never reach them).
    /// </summary>
    private static bool OffersCallback(QueuedCall call)
    {
        if (!call.Queue.CallbackEnabled) return false;
        var number = call.Session.Call.CallerNumber;
        if (call.Session.Options.TransferTargets.ContainsKey(number)) return true;
        var digits = number.StartsWith('+') ? number[1..] : number;
        return digits.Length is >= 3 and <= 20 && digits.All(char.IsAsciiDigit);
    }

    /// <summary>Forgets callbacks still waiting (tests end with a clean slate even when one failed halfway).</summary>
    internal void DropWaitingCallbacks()
    {
        foreach (var call in _calls.Values.Where(c => c.IsCallback && !c.Answered.Task.IsCompleted))
        {
            var left = Router.Abandon(call.Id);
            CancelRings(call, left.CancelAgents);
            AfterRouting(left.Offers);
            if (left.Found) _calls.TryRemove(call.Id, out _);
        }
    }

    /// <summary>The bridge of the agent's connected call (tests look at what each side received).</summary>
    internal CallBridge? ConversationOf(Guid agentId)
    {
        var desk = Desk(agentId);
        lock (desk.Sync) return desk.Bridge;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Connecting the callback of call {CallRecordId} failed")]
    private partial void LogCallbackFailed(Exception e, Guid callRecordId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Calling back {Number} failed (no RTP port?)")]
    private partial void LogCallbackDialFailed(Exception e, string number);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Offering the callback of call {CallRecordId} again failed; it is dropped")]
    private partial void LogCallbackRetryFailed(Exception e, Guid callRecordId);
}
