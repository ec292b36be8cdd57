using System.Text.Json.Nodes;
using CallCenter.Workflows.Descriptors;
using CallCenter.Workflows.Execution;

namespace CallCenter.Voice.Activities;

/// <summary>A voice menu: plays its prompt, collects keys, and leaves through the port named by the keys entered.</summary>
[Activity("Menu", "Voice", DisplayNameZh = "语音菜单", DisplayNameEn = "Menu", Outcomes = ["Timeout", "Invalid"], OutcomesFromInput = "choices",
    DescriptionZh = "播放菜单并按按键分支；超时或无效时重播，次数用尽走“超时”/“无效”。",
    DescriptionEn = "Plays the menu and branches by key; re-prompts on timeout or a wrong key, then takes Timeout/Invalid.")]
[Input("prompt", "String", UiHint.Text, DisplayNameZh = "菜单提示音", DisplayNameEn = "Menu prompt key")]
[Input("text", "String", UiHint.MultiLine, DisplayNameZh = "菜单文字", DisplayNameEn = "Menu text to speak")]
[Input("choices", "String[]", UiHint.Json, DisplayNameZh = "按键选项", DisplayNameEn = "Choices", Required = true,
    DescriptionZh = "每个选项是一个出口，如 [\"1\",\"2\",\"0\"]", DescriptionEn = "Each choice is a port, e.g. [\"1\",\"2\",\"0\"]")]
[Input("maxDigits", "Number", UiHint.Number, DisplayNameZh = "最多位数", DisplayNameEn = "Max digits", DefaultValue = "1")]
[Input("terminator", "String", UiHint.Text, DisplayNameZh = "结束键", DisplayNameEn = "Terminator key", DescriptionZh = "如 #", DescriptionEn = "e.g. #")]
[Input("timeout", "TimeSpan", UiHint.Duration, DisplayNameZh = "首键超时", DisplayNameEn = "First-key timeout", DefaultValue = "5s")]
[Input("interDigitTimeout", "TimeSpan", UiHint.Duration, DisplayNameZh = "键间超时", DisplayNameEn = "Inter-digit timeout", DefaultValue = "3s")]
[Input("maxAttempts", "Number", UiHint.Number, DisplayNameZh = "最多尝试次数", DisplayNameEn = "Max attempts", DefaultValue = "3")]
[Input("invalidPrompt", "String", UiHint.Text, DisplayNameZh = "无效提示音", DisplayNameEn = "Invalid-key prompt", DefaultValue = "invalid")]
[Input("timeoutPrompt", "String", UiHint.Text, DisplayNameZh = "超时提示音", DisplayNameEn = "Timeout prompt", DefaultValue = "no-input")]
[Output("digits", "String", DisplayNameZh = "按键", DisplayNameEn = "Digits")]
public sealed class Menu : IActivity
{
    public ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context) => DigitCollection.StartAsync(context, 1, []);

    public async ValueTask<ActivityResult> ResumeAsync(ActivityExecutionContext context, BookmarkState bookmark, Resumption resumption)
    {
        if (VoiceContext.HungUp(resumption)) return ActivityResult.End();
        var (digits, _) = DigitCollection.Read(resumption);
        var attempt = bookmark.Payload?["attempt"]?.GetValue<int>() ?? 1;
        var choices = (context.GetInput("choices") as JsonArray ?? []).Select(c => c?.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
        var result = digits.Length == 0 ? "Timeout" : choices.Contains(digits) ? digits : "Invalid";
        VoiceContext.Session(context)?.AddStep(context.Node.Id, "Menu", DigitCollection.Describe(attempt, result == "Invalid" ? "Invalid " + digits : result));
        if (result is not ("Timeout" or "Invalid"))
        {
            context.SetOutput("digits", digits);
            return ActivityResult.Outcome(digits);
        }
        context.SetOutput("digits", digits);
        return await DigitCollection.RetryOrFailAsync(context, bookmark, result) ?? ActivityResult.Outcome(result);
    }
}
