using CallCenter.Workflows.Descriptors;
using CallCenter.Workflows.Execution;

namespace CallCenter.Voice.Activities;

/// <summary>Voicemail: a prompt, a beep, the caller's message until # / hang-up / the limit; stored as WAV with a callback task.</summary>
[Activity("RecordMessage", "Voice", DisplayNameZh = "留言录音", DisplayNameEn = "Record message",
    DescriptionZh = "提示音和“嘀”声后录下来电人的留言（按结束键、挂机或超时结束），保存录音并生成回拨任务。",
    DescriptionEn = "Records the caller's message after a beep (until the terminator, hang-up or the limit); stores it and opens a callback task.")]
[Input("prompt", "String", UiHint.Text, DisplayNameZh = "提示音编号", DisplayNameEn = "Intro prompt key", DefaultValue = "leave-message")]
[Input("text", "String", UiHint.MultiLine, DisplayNameZh = "提示文字", DisplayNameEn = "Intro text")]
[Input("maxDuration", "TimeSpan", UiHint.Duration, DisplayNameZh = "最长录音", DisplayNameEn = "Max duration", DefaultValue = "2m")]
[Input("terminator", "String", UiHint.Text, DisplayNameZh = "结束键", DisplayNameEn = "Terminator key", DefaultValue = "#")]
[Input("callbackTopic", "String", UiHint.Text, DisplayNameZh = "回拨事由", DisplayNameEn = "Callback topic",
    DescriptionZh = "留空则不生成回拨任务", DescriptionEn = "Empty: no callback task")]
[Output("recordingId", "String", DisplayNameZh = "录音", DisplayNameEn = "Recording")]
[Output("durationMs", "Number", DisplayNameZh = "时长（毫秒）", DisplayNameEn = "Duration (ms)")]
public sealed class RecordMessage : IActivity
{
    public async ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var session = VoiceContext.Session(context);
        if (session is null) return ActivityResult.End();
        var intro = await VoiceContext.PromptsAsync(context);
        var terminator = context.GetString("terminator");
        var waitId = Sessions.VoiceWait.NewId();
        session.BeginRecording(waitId, intro, context.GetDuration("maxDuration") ?? TimeSpan.FromMinutes(2),
            terminator is { Length: 1 } ? terminator[0] : null, "Voicemail", context.GetString("callbackTopic"));
        return ActivityResult.Suspend(VoiceContext.Wait(waitId));
    }

    /// <summary>A hang-up is how most messages end: the flow goes on (to Hangup, to a log) with the recording stored.</summary>
    public ValueTask<ActivityResult> ResumeAsync(ActivityExecutionContext context, BookmarkState bookmark, Resumption resumption)
    {
        var recordingId = resumption.Payload?["recordingId"]?.GetValue<string>();
        var durationMs = resumption.Payload?["durationMs"]?.GetValue<int>() ?? 0;
        context.SetOutput("recordingId", recordingId);
        context.SetOutput("durationMs", durationMs);
        VoiceContext.Session(context)?.AddStep(context.Node.Id, "RecordMessage", recordingId is null ? "none" : $"{durationMs} ms");
        return VoiceContext.Result(ActivityResult.Done());
    }
}
