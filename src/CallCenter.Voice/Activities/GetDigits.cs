using CallCenter.Workflows.Descriptors;
using CallCenter.Workflows.Execution;

namespace CallCenter.Voice.Activities;

/// <summary>Collects a number (account, meter reading…) with a prompt, max digits, terminator and retries on silence.</summary>
[Activity("GetDigits", "Voice", DisplayNameZh = "收号", DisplayNameEn = "Get digits", Outcomes = ["Done", "Timeout"],
    DescriptionZh = "播放提示并收取按键（最多位数、结束键、超时重试）。", DescriptionEn = "Plays a prompt and collects keys (max digits, terminator, retries on timeout).")]
[Input("prompt", "String", UiHint.Text, DisplayNameZh = "提示音编号", DisplayNameEn = "Prompt key")]
[Input("text", "String", UiHint.MultiLine, DisplayNameZh = "提示文字", DisplayNameEn = "Text to speak")]
[Input("maxDigits", "Number", UiHint.Number, DisplayNameZh = "最多位数", DisplayNameEn = "Max digits", DefaultValue = "10")]
[Input("terminator", "String", UiHint.Text, DisplayNameZh = "结束键", DisplayNameEn = "Terminator key", DefaultValue = "#")]
[Input("timeout", "TimeSpan", UiHint.Duration, DisplayNameZh = "首键超时", DisplayNameEn = "First-key timeout", DefaultValue = "5s")]
[Input("interDigitTimeout", "TimeSpan", UiHint.Duration, DisplayNameZh = "键间超时", DisplayNameEn = "Inter-digit timeout", DefaultValue = "3s")]
[Input("maxAttempts", "Number", UiHint.Number, DisplayNameZh = "最多尝试次数", DisplayNameEn = "Max attempts", DefaultValue = "3")]
[Input("timeoutPrompt", "String", UiHint.Text, DisplayNameZh = "超时提示音", DisplayNameEn = "Timeout prompt", DefaultValue = "no-input")]
[Input("variable", "String", UiHint.Text, DisplayNameZh = "存入变量", DisplayNameEn = "Store in variable")]
[Output("digits", "String", DisplayNameZh = "按键", DisplayNameEn = "Digits")]
public sealed class GetDigits : IActivity
{
    public ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context) => DigitCollection.StartAsync(context, 1, []);

    public async ValueTask<ActivityResult> ResumeAsync(ActivityExecutionContext context, BookmarkState bookmark, Resumption resumption)
    {
        if (VoiceContext.HungUp(resumption)) return ActivityResult.End();
        var (digits, _) = DigitCollection.Read(resumption);
        var attempt = bookmark.Payload?["attempt"]?.GetValue<int>() ?? 1;
        VoiceContext.Session(context)?.AddStep(context.Node.Id, "GetDigits", DigitCollection.Describe(attempt, digits.Length == 0 ? "Timeout" : digits));
        context.SetOutput("digits", digits);
        if (digits.Length > 0)
        {
            if (context.GetString("variable") is { Length: > 0 } variable) context.SetVariable(variable, digits);
            return ActivityResult.Done();
        }
        return await DigitCollection.RetryOrFailAsync(context, bookmark, "Timeout") ?? ActivityResult.Outcome("Timeout");
    }
}
