using CallCenter.Workflows.Descriptors;
using CallCenter.Workflows.Execution;

namespace CallCenter.Voice.Activities;

/// <summary>Plays prompts and waits (as a bookmark) until they end, the caller presses a key (barge-in) or hangs up.</summary>
[Activity("PlayPrompt", "Voice", DisplayNameZh = "放音", DisplayNameEn = "Play prompt",
    DescriptionZh = "播放提示音（编号或文字合成），可按键打断。", DescriptionEn = "Plays a prompt (by key or synthesized text); a key may interrupt it.")]
[Input("prompt", "String", UiHint.Text, DisplayNameZh = "提示音编号", DisplayNameEn = "Prompt key",
    DescriptionZh = "多个编号用逗号分隔，依次播放", DescriptionEn = "Several keys, comma-separated, play in order")]
[Input("text", "String", UiHint.MultiLine, DisplayNameZh = "合成文字", DisplayNameEn = "Text to speak",
    DescriptionZh = "用普通话合成后播放（会缓存）", DescriptionEn = "Spoken in Mandarin by the synthesizer (cached)")]
[Input("bargeIn", "Boolean", UiHint.Checkbox, DisplayNameZh = "按键打断", DisplayNameEn = "Barge-in on a key", DefaultValue = "false")]
[Output("interrupted", "Boolean", DisplayNameZh = "被按键打断", DisplayNameEn = "Interrupted by a key")]
public sealed class PlayPrompt : IActivity
{
    public async ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var session = VoiceContext.Session(context);
        if (session is null) return ActivityResult.End();
        var prompts = await VoiceContext.PromptsAsync(context);
        session.AddStep(context.Node.Id, "PlayPrompt", context.GetString("prompt") ?? context.GetString("text"));
        if (prompts.Count == 0) return ActivityResult.Done();
        var waitId = Sessions.VoiceWait.NewId();
        session.BeginPlay(waitId, prompts, context.GetBool("bargeIn"));
        return ActivityResult.Suspend(VoiceContext.Wait(waitId));
    }

    public ValueTask<ActivityResult> ResumeAsync(ActivityExecutionContext context, BookmarkState bookmark, Resumption resumption)
    {
        if (VoiceContext.HungUp(resumption)) return VoiceContext.Result(ActivityResult.End());
        context.SetOutput("interrupted", resumption.Payload?["completed"]?.GetValue<bool>() == false);
        return VoiceContext.Result(ActivityResult.Done());
    }
}
