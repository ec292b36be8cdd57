using System.Text.Json.Nodes;
using CallCenter.Calls;
using CallCenter.Telephony.Media;

namespace CallCenter.Voice.Sessions;

public sealed partial class CallSession
{
    /// <summary>
    /// Voicemail: intro prompts, a beep, then the caller's audio until the terminator key, hang-up or the limit. The WAV
    /// (padded to the recording window) and the callback task are stored before the event, so the workflow's state
    /// only carries the recording id.
    /// </summary>
    public void BeginRecording(string waitId, IReadOnlyList<Prompt> intro, TimeSpan maxDuration, char? terminator, string kind,
        string? callbackTopic) => Run(waitId, () => RecordMessageAsync(intro, maxDuration, terminator, kind, callbackTopic));

    /// <summary>The recording itself (see <see cref="BeginRecording"/>), for an operation already running on this call — a queue's voicemail overflow.</summary>
    internal async Task<JsonObject> RecordMessageAsync(IReadOnlyList<Prompt> intro, TimeSpan maxDuration, char? terminator, string kind,
        string? callbackTopic)
    {
        if (intro.Count > 0) await Call.PlayAsync(intro);
        await Call.PlayAsync([Prompt.Tone("beep", 1000, TimeSpan.FromMilliseconds(300))]);
        if (!IsUp) return new JsonObject { ["recorded"] = false };
        var terminated = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnKey(Telephony.Calls.SipCall _, Telephony.Dtmf.DtmfDigit d)
        {
            if (d.Digit == terminator) terminated.TrySetResult();
        }
        var startedAt = _time.GetUtcNow();
        Call.StartRecording();
        Call.DigitReceived += OnKey;
        try
        {
            using var limit = new CancellationTokenSource(maxDuration, _time);
            await Task.WhenAny(Call.Completion, terminated.Task, Task.Delay(Timeout.Infinite, limit.Token).ContinueWith(_ => { }));
        }
        finally
        {
            Call.DigitReceived -= OnKey;
        }
        var endedAt = Call.EndedAt ?? _time.GetUtcNow();
        var window = endedAt - startedAt;
        var wav = Call.StopRecording(padTo: window);
        var durationMs = (int)(WavFile.ReadPcm(wav).Length * 1000L / WavFile.SampleRate);
        Guid? recordingId = null;
        await WriteAsync(async w => recordingId = await w.SaveRecordingAsync(CallRecordId, kind, startedAt, durationMs, wav,
            string.IsNullOrWhiteSpace(callbackTopic) ? null : callbackTopic, Call.CallerNumber));
        return new JsonObject
        {
            ["recorded"] = recordingId is not null, ["recordingId"] = recordingId?.ToString(), ["durationMs"] = durationMs,
            ["windowMs"] = (int)window.TotalMilliseconds,
        };
    }
}
