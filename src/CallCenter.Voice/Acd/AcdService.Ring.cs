using System.Net.Sockets;
using System.Text.Json.Nodes;
using CallCenter.Acd;
using CallCenter.Telephony.Calls;
using CallCenter.Voice.Acd.Desk;
using Microsoft.Extensions.Logging;

namespace CallCenter.Voice.Acd;

/// <summary>
/// The router's offers turned into ringing phones: the screen pop first, then an INVITE to every reachable contact of
/// each offered agent. The first 200 wins (ring-all: across agents, the router decides), the other legs get CANCEL; a
/// ring timeout, busy or any other final answer is a missed ring and the router offers the next agent.
/// </summary>
public sealed partial class AcdService
{
    private void Dispatch(IReadOnlyList<AcdOffer> offers)
    {
        foreach (var offer in offers)
        {
            if (!_calls.TryGetValue(offer.CallId, out var call))
            {
                // An offer for a caller this node no longer holds: give the agents back at once.
                var gone = Router.Abandon(offer.CallId);
                AfterRouting(gone.Offers);
                continue;
            }
            foreach (var agent in offer.AgentIds)
            {
                if (!Guid.TryParse(agent, out var agentId)) continue;
                var ring = new CancellationTokenSource();
                call.Rings[agentId] = ring;
                _ = Task.Run(() => RingAsync(call, agentId, offer.RingTimeout, ring));
            }
        }
    }

    private async Task RingAsync(QueuedCall call, Guid agentId, TimeSpan ringTimeout, CancellationTokenSource ring)
    {
        var legs = new List<SipOutboundCall>();
        var desk = Desk(agentId);
        var offeredAt = time.GetUtcNow();
        var deskCall = call.ToDeskCall(offeredAt);
        try
        {
            lock (desk.Sync) desk.Call = deskCall;
            events.Post(new QueueEventDto(offeredAt, QueueEventKind.RingAgent, call.Session.CallRecordId, call.Queue.Id, agentId,
                WaitMs: (int)(offeredAt - call.EnteredAt).TotalMilliseconds));
            // The screen pop leaves before the INVITE: the household is on screen when the phone rings.
            Notify(n => n.CallOfferedAsync(agentId, deskCall));
            var extension = Directory.Agents.GetValueOrDefault(agentId)?.Extension;
            var contacts = extension is null ? [] : Endpoint?.Registrar?.GetReachableContacts(extension) ?? [];
            var law = call.Session.Call.Media?.Law ?? Telephony.Media.G711Law.MuLaw;
            foreach (var contact in contacts)
            {
                try
                {
                    legs.Add(Endpoint!.Dial(contact.ContactUri, contact.Source, call.Session.Call.CallerNumber, call.Session.Call.CallerDisplayName, law));
                }
                catch (SocketException e)
                {
                    LogDialFailed(e, extension!);
                }
            }
            if (legs.Count == 0)
            {
                Missed(call, agentId, deskCall, contacts.Count == 0 ? "no registered phone" : "dial failed", 0);
                return;
            }
            var (winner, status) = await FirstAnswerAsync(legs, ringTimeout, ring.Token);
            foreach (var leg in legs)
            {
                if (leg != winner) leg.Hangup(); // CANCEL while ringing (RFC 3261 §9.1), BYE should it have answered too
            }
            if (winner is null)
            {
                if (ring.IsCancellationRequested)
                {
                    // Another agent won (ring-all) or the caller left: the router has already freed this agent.
                    ClearDesk(desk, call, deskCall, "cancelled");
                    return;
                }
                Missed(call, agentId, deskCall, status == 0 ? "ring timeout" : "status " + status, status);
                return;
            }
            bool callback;
            lock (call.Sync)
            {
                callback = call.IsCallback;
                if (!callback) call.Connecting = true;
            }
            if (callback)
            {
                _ = CallCustomerAsync(call, agentId, desk, deskCall, winner);
                return;
            }
            Connect(call, agentId, desk, deskCall, winner);
            if (!call.Answered.Task.IsCompleted)
            {
                lock (call.Sync) call.Connecting = false; // not connected after all (the caller left, another phone won)
            }
        }
        catch (Exception e)
        {
            LogRingFailed(e, call.Session.Call.CallId);
            foreach (var leg in legs) leg.Hangup();
            Missed(call, agentId, deskCall, "error", 0);
        }
        finally
        {
            call.Rings.TryRemove(new KeyValuePair<Guid, CancellationTokenSource>(agentId, ring));
        }
    }

    /// <summary>The first leg to answer with 2xx, or null with the last final status (0 = timed out or cancelled).</summary>
    private async Task<(SipOutboundCall? Winner, int Status)> FirstAnswerAsync(List<SipOutboundCall> legs, TimeSpan ringTimeout, CancellationToken cancelled)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancelled);
        timeout.CancelAfter(ringTimeout);
        var stop = Task.Delay(Timeout.Infinite, timeout.Token).ContinueWith(_ => { }, TaskScheduler.Default);
        var pending = legs.Select(l => (Task)l.Answer).ToList();
        var status = 0;
        while (pending.Count > 0)
        {
            var first = await Task.WhenAny([.. pending, stop]);
            if (first == stop) return (null, 0);
            pending.Remove(first);
            var leg = legs.First(l => l.Answer == first);
            status = leg.Answer.Result;
            if (status is >= 200 and < 300 && leg.State == OutboundCallState.Answered) return (leg, status);
        }
        return (null, status);
    }

    /// <summary>A missed ring: RingNoAnswer, the desktop's pop closes, and the router offers the next agent (or this one NotReady).</summary>
    private void Missed(QueuedCall call, Guid agentId, DeskCall deskCall, string reason, int status)
    {
        var now = time.GetUtcNow();
        var data = new JsonObject { ["reason"] = reason };
        if (status != 0) data["status"] = status;
        events.Post(new QueueEventDto(now, QueueEventKind.RingNoAnswer, call.Session.CallRecordId, call.Queue.Id, agentId,
            WaitMs: (int)(now - call.EnteredAt).TotalMilliseconds, Data: data.ToJsonString()));
        call.Session.AddStep(call.ActivityId, "Enqueue", $"missed {Directory.Agents.GetValueOrDefault(agentId)?.Extension}: {reason}");
        ClearDesk(Desk(agentId), call, deskCall, "missed");
        AfterRouting(Router.RingFailed(call.Id, agentId.ToString()));
    }

    private void ClearDesk(AgentDeskState desk, QueuedCall call, DeskCall deskCall, string reason)
    {
        lock (desk.Sync)
        {
            if (desk.Call?.CallRecordId == call.Session.CallRecordId && desk.Bridge is null && desk.WrapUpCallId != call.Session.CallRecordId) desk.Call = null;
        }
        Notify(n => n.CallEndedAsync(desk.AgentId, deskCall, reason));
    }

    /// <summary>The agent answered: if the call is still theirs, stop the music, bridge, cancel the other phones.</summary>
    private void Connect(QueuedCall call, Guid agentId, AgentDeskState desk, DeskCall deskCall, SipOutboundCall leg)
    {
        var outcome = Router.Answered(call.Id, agentId.ToString());
        if (!outcome.Connected)
        {
            leg.Hangup(); // the caller left or another phone was quicker
            ClearDesk(desk, call, deskCall, "taken");
            AfterRouting(outcome.Offers);
            return;
        }
        CancelRings(call, outcome.CancelAgents);
        call.Music.Cancel();
        var bridge = call.Session.Call.BridgeWith(leg);
        var now = time.GetUtcNow();
        var waitMs = (int)(now - call.EnteredAt).TotalMilliseconds;
        var extension = Directory.Agents.GetValueOrDefault(agentId)?.Extension;
        events.Post(new QueueEventDto(now, QueueEventKind.Connect, call.Session.CallRecordId, call.Queue.Id, agentId, WaitMs: waitMs,
            Data: new JsonObject { ["extension"] = extension }.ToJsonString()));
        var connected = deskCall with { AnsweredAt = now };
        lock (desk.Sync)
        {
            desk.Call = connected;
            desk.Bridge = bridge;
            desk.Queued = call;
        }
        if (bridge is null)
        {
            // The caller hung up between the agent's 200 and the bridge: a call of no length, wrapped up like any other.
            leg.Hangup();
            EndConversation(call, agentId, desk, connected, now, "caller");
            AfterRouting(outcome.Offers);
            call.Answered.TrySetResult(agentId);
            return;
        }
        call.Session.SetBridgeActivity(call.ActivityId);
        StartRecording(bridge, call);
        call.Session.AddStep(call.ActivityId, "Enqueue", $"answered by {extension}");
        Notify(n => n.CallConnectedAsync(agentId, connected));
        AfterRouting(outcome.Offers);
        call.Answered.TrySetResult(agentId);
        _ = WatchConversationAsync(call, agentId, desk, connected, bridge);
    }

    private async Task WatchConversationAsync(QueuedCall call, Guid agentId, AgentDeskState desk, DeskCall deskCall, CallBridge bridge)
    {
        await bridge.Completion;
        // Detached by a transfer: the caller is still on the line, and the transfer decides when this agent's part ends.
        if (bridge.EndedBy != CallBridge.DetachedBy)
            EndConversation(call, agentId, desk, deskCall, deskCall.AnsweredAt ?? bridge.AnsweredAt ?? time.GetUtcNow(), bridge.EndedBy ?? "caller");
        await SaveRecordingAsync(bridge, call, deskCall);
    }

    /// <summary>Both legs into one stereo WAV (caller left, agent right), under the recordings folder until it is stored.</summary>
    private void StartRecording(CallBridge bridge, QueuedCall call)
    {
        try
        {
            var folder = Path.Combine(Path.GetTempPath(), "callcenter-conversations");
            System.IO.Directory.CreateDirectory(folder);
            // One file per bridge: a transferred call has several (one per agent or number it was bridged to).
            bridge.StartRecording(Path.Combine(folder, $"{call.Session.CallRecordId:N}-{Guid.NewGuid():N}.wav"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            LogRecordingFailed(e, call.Session.Call.CallId);
        }
    }

    /// <summary>The conversation's recording on the call record (kind Conversation), so both the call and the household pages play it.</summary>
    private async Task SaveRecordingAsync(CallBridge bridge, QueuedCall call, DeskCall deskCall)
    {
        try
        {
            var recording = await bridge.StopRecordingAsync();
            var wav = await File.ReadAllBytesAsync(recording.Path);
            await call.Session.WriteAsync(w => w.SaveRecordingAsync(call.Session.CallRecordId, "Conversation", deskCall.AnsweredAt ?? time.GetUtcNow(),
                (int)recording.Duration.TotalMilliseconds, wav, null, call.Session.Call.CallerNumber));
            File.Delete(recording.Path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            LogRecordingFailed(e, call.Session.Call.CallId);
        }
    }

    /// <summary>The conversation is over: the agent wraps up (Complete follows when wrap-up ends, with both times).</summary>
    private void EndConversation(QueuedCall call, Guid agentId, AgentDeskState desk, DeskCall deskCall, DateTimeOffset answeredAt, string endedBy)
    {
        var now = time.GetUtcNow();
        var talk = now - answeredAt;
        lock (desk.Sync)
        {
            desk.Bridge = null;
            desk.Queued = null;
            desk.Consult = null;
            desk.WrapUpCallId = call.Session.CallRecordId;
            desk.WrapUpQueueId = call.Queue.Id;
            desk.WrapUpStartedAt = null;
            desk.LastTalkMs = (int)talk.TotalMilliseconds;
            desk.DispositionRecorded = desk.DispositionFor == call.Session.CallRecordId;
            desk.RollDay(Today(now));
            desk.CallsToday++;
            desk.TalkToday += talk;
        }
        Router.CallEnded(agentId.ToString());
        Notify(n => n.CallEndedAsync(agentId, deskCall, endedBy == CallBridge.DetachedBy ? "transferred" : "ended by " + endedBy));
        AfterRouting([]);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Recording the conversation of call {CallId} failed")]
    private partial void LogRecordingFailed(Exception e, string callId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Calling extension {Extension} failed (no RTP port?)")]
    private partial void LogDialFailed(Exception e, string extension);

    [LoggerMessage(Level = LogLevel.Error, Message = "Ringing an agent for call {CallId} failed")]
    private partial void LogRingFailed(Exception e, string callId);
}
