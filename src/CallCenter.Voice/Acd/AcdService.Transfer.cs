using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using CallCenter.Acd;
using CallCenter.Errors;
using CallCenter.Telephony.Calls;
using CallCenter.Voice.Acd.Desk;
using Microsoft.Extensions.Logging;

namespace CallCenter.Voice.Acd;

/// <summary>
/// Transfers from the desk. The node is in the media path, so no REFER: the caller's bridge to the agent is detached
/// (the caller hears the shared music from their own stream, nobody is hung up) and the caller is bridged again —
/// blind: at once into a queue (the caller re-enters it, data and notes carried), to one named agent, or to a number;
/// consult (warm): the agent first talks to the colleague or number, then completes (the caller joins them) or
/// cancels (back to the caller). Each agent's part ends in wrap-up as usual; the queue events show a Transfer between
/// the segments, and every agent's screen pop carries the attached data, the notes and who transferred.
/// </summary>
public sealed partial class AcdService
{
    /// <summary>Longest note an agent may pass on with a transfer (shown on the next agent's screen pop).</summary>
    public const int MaxTransferNotesLength = 500;

    public async Task<DeskActionResult> TransferAsync(Guid agentId, DeskTransfer transfer, CancellationToken ct = default)
    {
        // A number is resolved first (DNS may be asked); the rest is quick and runs like every desk command.
        string? uri = null;
        IPEndPoint? destination = null;
        if (transfer.Kind == DeskTransferTarget.Number && ConnectedCall(agentId) is { } queued && !string.IsNullOrWhiteSpace(transfer.Target))
        {
            var session = queued.Session;
            uri = session.Options.ResolveTransferTarget(transfer.Target, session.Call.RemoteSipEndPoint.Address.ToString());
            if (uri is not null) destination = await SipDestination.ResolveAsync(uri, session.Options.TransferProxy, ct);
        }
        // Answered a moment ago, the caller's first queue entry may still be being let go of: give it a moment.
        if (ConnectedCall(agentId) is { } current)
            for (var i = 0; i < 40 && _calls.ContainsKey(current.Id); i++) await Task.Delay(50, ct);
        return Act(agentId, id => Transfer(agentId, id, transfer, uri, destination));
    }

    public Task<DeskActionResult> CompleteTransferAsync(Guid agentId, CancellationToken ct = default) => Task.FromResult(Act(agentId, _ =>
    {
        var consult = CurrentConsult(agentId);
        if (consult is null) return AcdDeskErrorCodes.NoConsult;
        return CompleteConsult(consult) ? null : AcdDeskErrorCodes.ConsultNotAnswered;
    }));

    public Task<DeskActionResult> CancelTransferAsync(Guid agentId, CancellationToken ct = default) => Task.FromResult(Act(agentId, _ =>
    {
        var consult = CurrentConsult(agentId);
        if (consult is null) return AcdDeskErrorCodes.NoConsult;
        return CancelConsult(consult, "cancelled by agent") ? null : AcdDeskErrorCodes.NoConsult;
    }));

    private QueuedCall? ConnectedCall(Guid agentId)
    {
        var desk = Desk(agentId);
        lock (desk.Sync) return desk.Queued;
    }

    private ConsultTransfer? CurrentConsult(Guid agentId)
    {
        var desk = Desk(agentId);
        lock (desk.Sync) return desk.Consult;
    }

    /// <summary>Checks the target, then hands over; null when done, else the refusal (the call then stays with the agent).</summary>
    private string? Transfer(Guid agentId, string id, DeskTransfer transfer, string? uri, IPEndPoint? destination)
    {
        var desk = Desk(agentId);
        CallBridge? bridge;
        QueuedCall? queued;
        DeskCall? deskCall;
        lock (desk.Sync)
        {
            if (desk.Consult is not null) return AcdDeskErrorCodes.ConsultInProgress;
            (bridge, queued, deskCall) = (desk.Bridge, desk.Queued, desk.Call);
        }
        if (bridge is not { IsActive: true } || queued is null || deskCall is null || !queued.Session.IsUp) return AcdDeskErrorCodes.NoCall;
        if (Router.GetAgent(id).State is not (AgentState.OnCall or AgentState.Hold)) return AcdDeskErrorCodes.WrongState;
        if (transfer.Notes is { Length: > MaxTransferNotesLength }) return AcdDeskErrorCodes.TransferNotesTooLong;
        // The caller's previous queue entry is still there (see TransferAsync): not now.
        if (_calls.ContainsKey(queued.Id)) return AcdDeskErrorCodes.WrongState;
        var me = Directory.Agents.GetValueOrDefault(agentId);
        var by = me is null ? null : $"{me.DisplayName} ({me.Extension})";
        var now = time.GetUtcNow();
        switch (transfer.Kind)
        {
            case DeskTransferTarget.Queue:
            {
                var queue = Directory.FindQueue(transfer.Target?.Trim() ?? "");
                if (queue is null || !Router.HasQueue(queue.Id.ToString())) return AcdDeskErrorCodes.TransferTargetUnknown;
                if (transfer.Consult) return AcdDeskErrorCodes.NotSupported; // a queue has nobody to consult until it rings someone
                if (!queue.JoinWhenEmpty && !Router.HasLoggedInMember(queue.Id.ToString())) return AcdDeskErrorCodes.TransferQueueUnavailable;
                var next = NextCall(queued, queue, transfer, by, now);
                if (!_calls.TryAdd(next.Id, next)) return AcdDeskErrorCodes.WrongState;
                if (!HandOver(agentId, desk, queued, deskCall, bridge, transfer, queue.Name, queue.Id.ToString()))
                {
                    _calls.TryRemove(new KeyValuePair<string, QueuedCall>(next.Id, next));
                    return AcdDeskErrorCodes.NoCall;
                }
                queued.Session.Track(() => RequeueAsync(next));
                return null;
            }
            case DeskTransferTarget.Agent:
            {
                if (!Guid.TryParse(transfer.Target, out var target) || !Directory.Agents.TryGetValue(target, out var colleague)
                    || !Router.HasAgent(target.ToString())) return AcdDeskErrorCodes.TransferTargetUnknown;
                if (target == agentId) return AcdDeskErrorCodes.TransferToSelf;
                // Ready and with a phone that answers OPTIONS: anything else is refused now, while the caller is still with this agent.
                if (Router.GetAgent(target.ToString()).State != AgentState.Ready || !HasPhone(colleague.Extension)) return AcdDeskErrorCodes.TransferAgentNotReady;
                var label = $"{colleague.DisplayName} ({colleague.Extension})";
                if (transfer.Consult) return StartConsult(agentId, desk, queued, deskCall, bridge, transfer, target, label, null, null, by);
                var next = NextCall(queued, queued.Queue, transfer, by, now);
                if (!_calls.TryAdd(next.Id, next)) return AcdDeskErrorCodes.WrongState;
                next.PreOffered = Router.OfferTo(next.Id, queued.Queue.Id.ToString(), next.Priority, target.ToString());
                if (next.PreOffered is null)
                {
                    _calls.TryRemove(new KeyValuePair<string, QueuedCall>(next.Id, next));
                    return AcdDeskErrorCodes.TransferAgentNotReady;
                }
                if (!HandOver(agentId, desk, queued, deskCall, bridge, transfer, label, target.ToString()))
                {
                    AfterRouting(Router.Abandon(next.Id).Offers);
                    _calls.TryRemove(new KeyValuePair<string, QueuedCall>(next.Id, next));
                    return AcdDeskErrorCodes.NoCall;
                }
                queued.Session.Track(() => RequeueAsync(next));
                return null;
            }
            case DeskTransferTarget.Number:
            {
                if (uri is null || destination is null || Endpoint is null) return AcdDeskErrorCodes.TransferTargetUnknown;
                var label = transfer.Target.Trim();
                if (transfer.Consult) return StartConsult(agentId, desk, queued, deskCall, bridge, transfer, null, label, uri, destination, by);
                if (!HandOver(agentId, desk, queued, deskCall, bridge, transfer, label, uri)) return AcdDeskErrorCodes.NoCall;
                queued.Session.Track(() => BridgeToNumberAsync(queued, uri, destination));
                return null;
            }
            default:
                return AcdDeskErrorCodes.TransferTargetUnknown;
        }
    }

    private bool HasPhone(string extension) => Endpoint?.Registrar?.GetReachableContacts(extension).Count > 0;

    /// <summary>
    /// The caller's entry for the next segment: same session, priority (kept) and attached data, the notes added to any
    /// earlier ones, and who transferred. Its wait starts now: the caller was answered before.
    /// </summary>
    private static QueuedCall NextCall(QueuedCall from, AcdQueueDefinitionDto queue, DeskTransfer transfer, string? by, DateTimeOffset now)
    {
        var notes = transfer.Notes?.Trim();
        if (string.IsNullOrEmpty(notes)) notes = null;
        if (from.TransferNotes is { Length: > 0 } earlier) notes = notes is null ? earlier : earlier + "\n" + notes;
        return new QueuedCall(from.Session, queue, from.Priority, from.Data?.DeepClone() as JsonObject, now, from.ActivityId)
        {
            TransferNotes = notes,
            TransferredBy = by,
        };
    }

    /// <summary>
    /// Blind: the caller leaves this agent's bridge for the music, the agent's phone is hung up and the agent wraps up
    /// (their Complete follows at the end of wrap-up, closing their segment). False when the bridge had just ended.
    /// </summary>
    private bool HandOver(Guid agentId, AgentDeskState desk, QueuedCall queued, DeskCall deskCall, CallBridge bridge, DeskTransfer transfer,
        string label, string targetId)
    {
        queued.Session.MarkTransferred();
        if (!bridge.Detach()) return false;
        bridge.Target.Hangup();
        PostTransfer(queued, agentId, transfer, label, targetId);
        EndConversation(queued, agentId, desk, deskCall, deskCall.AnsweredAt ?? bridge.AnsweredAt ?? time.GetUtcNow(), CallBridge.DetachedBy);
        return true;
    }

    private void PostTransfer(QueuedCall queued, Guid agentId, DeskTransfer transfer, string label, string? targetId)
    {
        var now = time.GetUtcNow();
        var extension = Directory.Agents.GetValueOrDefault(agentId)?.Extension;
        var data = new JsonObject
        {
            ["kind"] = transfer.Kind.ToString(), ["target"] = label, ["targetId"] = targetId, ["consult"] = transfer.Consult,
            ["byAgent"] = agentId.ToString(), ["byExtension"] = extension,
        };
        if (!string.IsNullOrWhiteSpace(transfer.Notes)) data["notes"] = transfer.Notes.Trim();
        events.Post(new QueueEventDto(now, QueueEventKind.Transfer, queued.Session.CallRecordId, queued.Queue.Id, agentId,
            WaitMs: (int)(now - queued.EnteredAt).TotalMilliseconds, Data: data.ToJsonString()));
        queued.Session.AddStep(queued.ActivityId, "Transfer", $"{extension} → {label}{(transfer.Consult ? " (consult)" : "")}");
    }

    /// <summary>The first queue entry of a waiting call: the agent a blind transfer named, or the line.</summary>
    private IReadOnlyList<AcdOffer> Enter(QueuedCall call)
    {
        if (call.PreOffered is { } offer)
        {
            call.PreOffered = null;
            return [offer];
        }
        return Router.Enqueue(call.Id, call.Queue.Id.ToString(), call.Priority);
    }

    /// <summary>
    /// A transferred caller waits in the new queue (or rings the named agent first) like any caller. No flow waits for
    /// the outcome, so a caller who is not answered there (overflow to a number or voicemail, no agents) is told nothing
    /// more and hung up — the queue events and the call path say why.
    /// </summary>
    private async Task RequeueAsync(QueuedCall call)
    {
        JsonObject result;
        try
        {
            result = await WaitInQueueAsync(call);
        }
        finally
        {
            // A queued callback stays, as in QueueAsync: its entry waits in the router after the caller hung up.
            if (!call.IsCallback) _calls.TryRemove(new KeyValuePair<string, QueuedCall>(call.Id, call));
            await call.Music.CancelAsync();
            if (call.Session.Call.Bridge is not { IsActive: true }) call.Session.Call.StopMusicOnHold();
        }
        if (result["result"]?.GetValue<string>() == "Answered" || !call.Session.IsUp) return;
        call.Session.AddStep(call.ActivityId, "Transfer", $"not answered after the transfer: {result["result"]}");
        call.Session.Call.Hangup();
    }

    /// <summary>Blind to a number: the node dials it (the caller hears music meanwhile) and bridges; recorded like an agent's call.</summary>
    private async Task BridgeToNumberAsync(QueuedCall queued, string uri, IPEndPoint destination)
    {
        var session = queued.Session;
        var outcome = await session.Call.BridgeToAsync(uri, destination, session.Options.TransferRingTimeout);
        session.AddStep(queued.ActivityId, "Transfer", $"{uri}: {outcome.Result}");
        if (outcome.Bridge is not { } bridge)
        {
            if (session.IsUp) session.Call.Hangup();
            return;
        }
        await RecordToEndAsync(bridge, queued);
    }

    private async Task RecordToEndAsync(CallBridge bridge, QueuedCall queued)
    {
        StartRecording(bridge, queued);
        await bridge.Completion;
        await SaveRecordingAsync(bridge, queued, queued.ToDeskCall(time.GetUtcNow(), bridge.AnsweredAt ?? time.GetUtcNow()));
    }

    /// <summary>
    /// Consult: the caller goes on music (the bridge detached, the agent's leg kept), the colleague (Reserved, so offered
    /// nothing else) or the number is dialled and joined to the agent. The agent's desk shows whom they consult.
    /// </summary>
    private string? StartConsult(Guid agentId, AgentDeskState desk, QueuedCall queued, DeskCall deskCall, CallBridge bridge, DeskTransfer transfer,
        Guid? target, string label, string? uri, IPEndPoint? destination, string? by)
    {
        if (target is { } t && !Router.ReserveForConsult(t.ToString(), queued.Queue.Id.ToString())) return AcdDeskErrorCodes.TransferAgentNotReady;
        var consult = new ConsultTransfer(queued, agentId, deskCall, bridge, transfer, target, label, uri, destination)
        {
            Next = NextCall(queued, queued.Queue, transfer, by, time.GetUtcNow()),
        };
        queued.Session.MarkTransferred();
        if (!bridge.Detach())
        {
            if (target is { } gone) AfterRouting(Router.ReleaseConsult(gone.ToString()));
            return AcdDeskErrorCodes.NoCall;
        }
        var consulting = deskCall with { OnHold = true, ConsultTarget = label };
        lock (desk.Sync)
        {
            desk.Consult = consult;
            desk.Call = consulting;
        }
        queued.Session.AddStep(queued.ActivityId, "Transfer", $"consulting {label}");
        Notify(n => n.CallConnectedAsync(agentId, consulting));
        _ = Task.Run(() => ConsultAsync(consult));
        return null;
    }

    private async Task ConsultAsync(ConsultTransfer consult)
    {
        var session = consult.Call.Session;
        var legs = new List<SipOutboundCall>();
        try
        {
            // The caller leaving ends the ringing; the agent hanging up does not (an answer then completes the transfer).
            _ = session.Call.Completion.ContinueWith(_ => consult.Ringing.Cancel(), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
            var me = Directory.Agents.GetValueOrDefault(consult.AgentId);
            var law = consult.AgentLeg.Media?.Law ?? Telephony.Media.G711Law.MuLaw;
            var ringTimeout = session.Options.TransferRingTimeout;
            if (consult.TargetAgentId is { } target)
            {
                ringTimeout = TimeSpan.FromSeconds(Math.Max(5, consult.Call.Queue.RingTimeoutSeconds));
                var pop = consult.Next!.ToDeskCall(time.GetUtcNow());
                consult.TargetDeskCall = pop;
                var targetDesk = Desk(target);
                lock (targetDesk.Sync) targetDesk.Call = pop;
                // The colleague sees the caller's data and the notes while being consulted.
                Notify(n => n.CallOfferedAsync(target, pop));
                var extension = Directory.Agents.GetValueOrDefault(target)?.Extension;
                var contacts = extension is null ? [] : Endpoint?.Registrar?.GetReachableContacts(extension) ?? [];
                foreach (var contact in contacts)
                {
                    try
                    {
                        legs.Add(Endpoint!.Dial(contact.ContactUri, contact.Source, me?.Extension ?? session.Call.CallerNumber, me?.DisplayName, law));
                    }
                    catch (SocketException e)
                    {
                        LogDialFailed(e, extension!);
                    }
                }
            }
            else
            {
                legs.Add(Endpoint!.Dial(consult.TargetUri!, consult.Destination!, me?.Extension ?? session.Call.CallerNumber, me?.DisplayName, law));
            }
            var (winner, status) = legs.Count == 0 ? (null, 0) : await FirstAnswerAsync(legs, ringTimeout, consult.Ringing.Token);
            foreach (var leg in legs)
            {
                if (leg != winner) leg.Hangup();
            }
            if (winner is null)
            {
                CancelConsult(consult, legs.Count == 0 ? "no phone" : status == 0 ? "no answer" : "status " + status);
                return;
            }
            if (!consult.Answered(winner, leg => Endpoint!.Bridge(consult.AgentLeg, leg, hangUpOtherLeg: false)))
            {
                winner.Hangup(); // cancelled in the same instant
                return;
            }
            var now = time.GetUtcNow();
            if (consult.TargetAgentId is { } answered)
            {
                Router.ConsultAnswered(answered.ToString());
                Publish();
                var talking = consult.TargetDeskCall! with { AnsweredAt = now };
                var targetDesk = Desk(answered);
                lock (targetDesk.Sync) targetDesk.Call = talking;
                Notify(n => n.CallConnectedAsync(answered, talking));
            }
            var agentDesk = Desk(consult.AgentId);
            DeskCall? connected = null;
            lock (agentDesk.Sync)
            {
                if (agentDesk.Consult == consult && agentDesk.Call is { } current) agentDesk.Call = connected = current with { ConsultConnected = true };
            }
            if (connected is not null) Notify(n => n.CallConnectedAsync(consult.AgentId, connected));
            if (consult.ConsultBridge is not { } talk)
            {
                CompleteConsult(consult); // the agent hung up while it rang: the caller goes to whoever answered
                return;
            }
            var ended = await Task.WhenAny(talk.Completion, session.Call.Completion);
            if (ended == session.Call.Completion && !consult.IsSettled) CancelConsult(consult, "caller left");
            else if (talk.EndedBy == "caller") CompleteConsult(consult); // the agent hung up: the caller joins the colleague
            else if (talk.EndedBy == "target") CancelConsult(consult, "consulted party hung up");
        }
        catch (Exception e)
        {
            LogConsultFailed(e, session.Call.CallId);
            foreach (var leg in legs) leg.Hangup();
            CancelConsult(consult, "error");
        }
    }

    /// <summary>The caller joins the consulted party; the first agent's leg ends and the agent wraps up. False before the target answered.</summary>
    private bool CompleteConsult(ConsultTransfer consult)
    {
        if (!consult.TrySettle(answeredOnly: true)) return false;
        var call = consult.Call;
        var session = call.Session;
        var targetLeg = consult.TargetLeg!;
        consult.ConsultBridge?.Detach(null);
        var joined = session.Call.BridgeWith(targetLeg);
        consult.AgentLeg.Hangup();
        var desk = Desk(consult.AgentId);
        PostTransfer(call, consult.AgentId, consult.Transfer, consult.TargetLabel, consult.TargetAgentId?.ToString() ?? consult.TargetUri);
        EndConversation(call, consult.AgentId, desk, consult.DeskCall, consult.DeskCall.AnsweredAt ?? time.GetUtcNow(), CallBridge.DetachedBy);
        if (joined is null)
        {
            // The caller left in the same instant: nobody to join.
            targetLeg.Hangup();
            ReleaseConsultTarget(consult, "caller left");
            return true;
        }
        if (consult.TargetAgentId is not { } target)
        {
            _ = RecordToEndAsync(joined, call);
            return true;
        }
        var next = consult.Next!;
        var now = time.GetUtcNow();
        var connected = (consult.TargetDeskCall ?? next.ToDeskCall(now)) with { AnsweredAt = now };
        var targetDesk = Desk(target);
        lock (targetDesk.Sync)
        {
            targetDesk.Call = connected;
            targetDesk.Bridge = joined;
            targetDesk.Queued = next;
        }
        var extension = Directory.Agents.GetValueOrDefault(target)?.Extension;
        events.Post(new QueueEventDto(now, QueueEventKind.Connect, session.CallRecordId, next.Queue.Id, target, WaitMs: 0,
            Data: new JsonObject { ["extension"] = extension, ["consult"] = true }.ToJsonString()));
        session.AddStep(call.ActivityId, "Transfer", $"connected to {extension}");
        StartRecording(joined, next);
        Notify(n => n.CallConnectedAsync(target, connected));
        _ = WatchConversationAsync(next, target, targetDesk, connected, joined);
        return true;
    }

    /// <summary>The consulted party is let go; the caller is bridged back to the first agent (or, when either is gone, the call ends).</summary>
    private bool CancelConsult(ConsultTransfer consult, string reason)
    {
        if (!consult.TrySettle(answeredOnly: false)) return false;
        consult.Ringing.Cancel();
        consult.ConsultBridge?.Detach(null);
        consult.TargetLeg?.Hangup();
        ReleaseConsultTarget(consult, reason);
        var call = consult.Call;
        var desk = Desk(consult.AgentId);
        call.Session.AddStep(call.ActivityId, "Transfer", $"consult {consult.TargetLabel} ended: {reason}");
        var back = consult.AgentLeg.State == OutboundCallState.Answered ? call.Session.Call.BridgeWith(consult.AgentLeg) : null;
        if (back is null)
        {
            consult.AgentLeg.Hangup();
            if (call.Session.IsUp) call.Session.Call.Hangup();
            EndConversation(call, consult.AgentId, desk, consult.DeskCall, consult.DeskCall.AnsweredAt ?? time.GetUtcNow(), "caller");
            return true;
        }
        var resumed = consult.DeskCall with { OnHold = false };
        lock (desk.Sync)
        {
            desk.Consult = null;
            desk.Bridge = back;
            desk.Call = resumed;
        }
        StartRecording(back, call);
        Notify(n => n.CallConnectedAsync(consult.AgentId, resumed));
        _ = WatchConversationAsync(call, consult.AgentId, desk, resumed, back);
        return true;
    }

    /// <summary>A consulted agent who does not take the caller is free again and their pop closes.</summary>
    private void ReleaseConsultTarget(ConsultTransfer consult, string reason)
    {
        if (consult.TargetAgentId is not { } target) return;
        AfterRouting(Router.ReleaseConsult(target.ToString()));
        var desk = Desk(target);
        var pop = consult.TargetDeskCall;
        lock (desk.Sync)
        {
            if (pop is not null && desk.Call?.CallRecordId == pop.CallRecordId && desk.Bridge is null) desk.Call = null;
        }
        if (pop is not null) Notify(n => n.CallEndedAsync(target, pop, reason));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The consult transfer of call {CallId} failed")]
    private partial void LogConsultFailed(Exception e, string callId);
}
