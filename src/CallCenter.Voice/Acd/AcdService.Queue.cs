using System.Text.Json.Nodes;
using CallCenter.Acd;
using CallCenter.Calendars;
using CallCenter.Voice.Sessions;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Voice.Acd;

/// <summary>
/// The caller's side of a queue: join, hear music and the position, and leave answered, abandoned, overflowed or
/// refused (NoAgents). Runs as a call operation of the <see cref="CallSession"/>; the result is the Enqueue
/// activity's resumption payload.
/// </summary>
public sealed partial class AcdService
{
    public async Task<JsonObject> QueueAsync(CallSession session, EnqueueRequest request)
    {
        if (!Routes) return Result("NoAgents", "standby: not the ACD owner"); // ADR 0600 D4: only the owner routes
        var queue = Directory.FindQueue(request.Queue);
        if (queue is null || !Router.HasQueue(queue.Id.ToString())) return Result("NoAgents", "unknown queue " + request.Queue);
        if (queue.UseBusinessHours && !await IsOpenAsync()) return Result("NoAgents", "closed");
        if (!queue.JoinWhenEmpty && !Router.HasLoggedInMember(queue.Id.ToString())) return Result("NoAgents", "no agent logged in");
        if (!session.IsUp) return Result("Abandoned", "caller gone");

        var call = new QueuedCall(session, queue, request.Priority, request.Data, time.GetUtcNow(), request.ActivityId);
        if (!_calls.TryAdd(call.Id, call)) return Result("NoAgents", "already queued");
        try
        {
            return await WaitInQueueAsync(call);
        }
        finally
        {
            // A queued callback stays: its entry waits in the router for an agent after the caller has hung up.
            if (!call.IsCallback) _calls.TryRemove(call.Id, out _);
            await call.Music.CancelAsync();
            // Not connected (overflow, abandoned): whatever the flow does next (a message, a transfer) is not over music.
            if (session.Call.Bridge is not { IsActive: true }) session.Call.StopMusicOnHold();
        }
    }

    private async Task<JsonObject> WaitInQueueAsync(QueuedCall call)
    {
        while (true)
        {
            var queue = call.Queue;
            var joinedAt = time.GetUtcNow();
            var data = new JsonObject { ["priority"] = call.Priority, ["digits"] = call.Session.Digits };
            if (call.Data is not null) data["attached"] = call.Data.DeepClone();
            events.Post(new QueueEventDto(joinedAt, QueueEventKind.EnterQueue, call.Session.CallRecordId, queue.Id, null,
                WaitMs: (int)(joinedAt - call.EnteredAt).TotalMilliseconds, Data: data.ToJsonString()));
            call.Session.AddStep(call.ActivityId, "Enqueue", queue.Name);
            AfterRouting(Enter(call));
            var music = PlayMusicAsync(call);

            using var maxWait = new CancellationTokenSource();
            var waitLimit = queue.MaxWaitSeconds > 0 ? Task.Delay(TimeSpan.FromSeconds(queue.MaxWaitSeconds), time, maxWait.Token) : null;
            var callbackKey = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            void OnKey(Telephony.Calls.SipCall _, Telephony.Dtmf.DtmfDigit digit)
            {
                if (digit.Digit == '1') callbackKey.TrySetResult();
            }
            var offersCallback = OffersCallback(call);
            if (offersCallback) call.Session.Call.DigitReceived += OnKey;
            Task first;
            try
            {
                while (true)
                {
                    List<Task> waits = [call.Answered.Task, call.Session.Call.Completion, callbackKey.Task];
                    if (waitLimit is not null) waits.Add(waitLimit);
                    first = await Task.WhenAny(waits);
                    if (first != callbackKey.Task) break;
                    if (await RequestCallbackAsync(call, music) is { } requested) return requested;
                    // The key came as an agent's answer was being connected: keep waiting, the answer follows.
                    callbackKey = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                }
            }
            finally
            {
                if (offersCallback) call.Session.Call.DigitReceived -= OnKey;
                await maxWait.CancelAsync();
            }
            if (first == call.Answered.Task) return Answered(call);

            // Gone or out of time: leave the router first; if an agent answered in the same instant, that answer stands.
            var left = Router.Abandon(call.Id);
            CancelRings(call, left.CancelAgents);
            AfterRouting(left.Offers);
            if (!left.Found)
            {
                if (await Task.WhenAny(call.Answered.Task, Task.Delay(TimeSpan.FromSeconds(5))) == call.Answered.Task) return Answered(call);
                return Result("Abandoned", "lost");
            }
            await call.Music.CancelAsync();
            await music;
            var now = time.GetUtcNow();
            var waitMs = (int)(now - call.EnteredAt).TotalMilliseconds;
            if (first == call.Session.Call.Completion || !call.Session.IsUp)
            {
                events.Post(new QueueEventDto(now, QueueEventKind.Abandon, call.Session.CallRecordId, queue.Id, null, WaitMs: waitMs,
                    Data: new JsonObject { ["position"] = 0 }.ToJsonString()));
                call.Session.AddStep(call.ActivityId, "Enqueue", $"abandoned after {waitMs / 1000} s");
                return Result("Abandoned", null, waitMs);
            }
            var overflow = new JsonObject { ["kind"] = queue.OverflowKind.ToString(), ["target"] = queue.OverflowTarget };
            events.Post(new QueueEventDto(now, QueueEventKind.Overflow, call.Session.CallRecordId, queue.Id, null, WaitMs: waitMs,
                Data: overflow.ToJsonString()));
            call.Session.AddStep(call.ActivityId, "Enqueue", $"overflow {queue.OverflowKind} after {waitMs / 1000} s");
            if (queue.OverflowKind == QueueOverflowKind.Queue && Directory.FindQueue(queue.OverflowTarget) is { } next && next.Id != queue.Id)
            {
                // Into the overflow queue, keeping the original enter time for the waits the reports compute.
                call.Queue = next;
                call.ResetMusic();
                continue;
            }
            var result = Result("Overflow", null, waitMs);
            result["overflowKind"] = queue.OverflowKind.ToString();
            result["overflowTarget"] = queue.OverflowTarget;
            // A number or voicemail is placed here; the flow's Overflow branch runs only when there was none or it failed.
            if (queue.OverflowKind is QueueOverflowKind.Number or QueueOverflowKind.Voicemail && call.Session.IsUp)
                await PlaceOverflowAsync(call, queue, result);
            return result;
        }
    }

    private JsonObject Answered(QueuedCall call)
    {
        var agentId = call.Answered.Task.Result;
        var result = Result("Answered", null, (int)(time.GetUtcNow() - call.EnteredAt).TotalMilliseconds);
        result["agentId"] = agentId.ToString();
        result["agentExtension"] = Directory.Agents.GetValueOrDefault(agentId)?.Extension;
        return result;
    }

    private static JsonObject Result(string result, string? reason, int? waitMs = null)
    {
        var payload = new JsonObject { ["result"] = result };
        if (reason is not null) payload["reason"] = reason;
        if (waitMs is not null) payload["waitMs"] = waitMs;
        return payload;
    }

    private async Task<bool> IsOpenAsync()
    {
        using var scope = scopes.CreateScope();
        var calendar = scope.ServiceProvider.GetService<IBusinessCalendarAppService>();
        // Without a calendar the queue cannot know its hours: closed, as CheckBusinessHours decides.
        if (calendar is null) return false;
        return (await calendar.GetStatusAsync(time.GetUtcNow())).IsOpen;
    }

    /// <summary>
    /// The node's shared music on hold (one decoded source, any number of listeners) and, every N seconds, the position
    /// announcement over it. Bridging stops the music by itself; the music token stops the announcements.
    /// </summary>
    private async Task PlayMusicAsync(QueuedCall call)
    {
        var token = call.Music.Token;
        try
        {
            call.Session.Call.StartMusicOnHold();
            if (call.Queue.AnnounceEverySeconds <= 0) return;
            var period = TimeSpan.FromSeconds(call.Queue.AnnounceEverySeconds);
            while (!token.IsCancellationRequested && call.Session.IsUp)
            {
                await Task.Delay(period, time, token);
                var position = Router.Position(call.Id);
                if (position <= 0) continue; // ringing an agent right now: no "you are next" over the ringback
                var prompts = await announcements.PositionAsync(position - 1, null, token);
                // The offer to be called back, where the queue allows it (ADR 0600 D5); 1 is taken while it plays too.
                var offer = OffersCallback(call);
                if (offer) prompts = [.. prompts, .. await announcements.CallbackOfferAsync(token)];
                if (token.IsCancellationRequested) continue;
                call.Session.AddStep(call.ActivityId, "QueueAnnouncement", $"position {position}" + (offer ? ", callback offer" : ""));
                await call.Session.Call.PlayAsync(prompts, cancellationToken: token);
                call.Session.AddStep(call.ActivityId, "QueueAnnouncement", "played");
            }
        }
        catch (Exception e) when (e is OperationCanceledException or InvalidOperationException)
        {
            // Answered (cancelled) or the call ended under us: the announcements simply stop.
        }
    }

    private static void CancelRings(QueuedCall call, IReadOnlyList<string> agents)
    {
        foreach (var agent in agents)
        {
            if (Guid.TryParse(agent, out var id) && call.Rings.TryGetValue(id, out var ring)) ring.Cancel();
        }
    }
}
