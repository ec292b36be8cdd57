using System.Text.Json.Nodes;
using CallCenter.Acd;

namespace CallCenter.Voice.Acd;

/// <summary>
/// A queue's overflow placed by the queue itself (issue 16: "max wait and overflow target"): to a number — transferred
/// the way TransferToNumber does it (REFER, else a bridged leg) — or to voicemail — the RecordMessage activity's
/// recording, which stores the message and opens its callback task (the revisit list's 回拨 task, not a queued callback:
/// the caller has left no place in line). Another queue is handled by the waiting loop itself.
/// </summary>
public sealed partial class AcdService
{
    /// <summary>Fills "overflowHandled" (and what happened) into the Enqueue's <paramref name="result"/>.</summary>
    private async Task PlaceOverflowAsync(QueuedCall call, AcdQueueDefinitionDto queue, JsonObject result)
    {
        var session = call.Session;
        session.Call.StopMusicOnHold(); // neither the number's ringback nor the message is heard over music
        if (queue.OverflowKind == QueueOverflowKind.Number)
        {
            var target = session.Options.ResolveTransferTarget(queue.OverflowTarget, session.Call.RemoteSipEndPoint.Address.ToString());
            if (target is null)
            {
                result["overflowHandled"] = false;
                result["overflowResult"] = "NoTarget";
                return;
            }
            var transfer = await session.TransferAsync([], target, call.ActivityId);
            var outcome = transfer["result"]?.GetValue<string>() ?? "Failed";
            session.AddStep(call.ActivityId, "Enqueue", $"overflow to {target}: {outcome}");
            result["overflowHandled"] = outcome == "Answered";
            result["overflowResult"] = outcome == "Answered" ? "Transferred" : outcome;
            return;
        }
        var intro = await announcements.VoicemailIntroAsync(_stopping.Token);
        var recording = await session.RecordMessageAsync(intro, TimeSpan.FromMinutes(2), '#', "Voicemail", "排队溢出留言：" + queue.Name);
        var recorded = recording["recorded"]?.GetValue<bool>() == true;
        session.AddStep(call.ActivityId, "Enqueue", recorded ? $"overflow voicemail {recording["durationMs"]} ms" : "overflow voicemail: nothing recorded");
        result["overflowHandled"] = recorded;
        result["overflowResult"] = recorded ? "Recorded" : "NotRecorded";
        result["recordingId"] = recording["recordingId"]?.DeepClone();
        // The message is the end of this call: nothing further for the flow to say.
        if (recorded) session.Call.Hangup();
    }
}
