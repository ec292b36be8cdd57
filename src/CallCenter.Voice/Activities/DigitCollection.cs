using System.Globalization;
using System.Text.Json.Nodes;
using CallCenter.Telephony.Calls;
using CallCenter.Telephony.Media;
using CallCenter.Voice.Sessions;
using CallCenter.Workflows.Execution;

namespace CallCenter.Voice.Activities;

/// <summary>
/// The collect-with-retries loop Menu and GetDigits share. Each attempt is one bookmark; the attempt number rides
/// in the bookmark's payload, so a retry survives a node restart like any other wait.
/// </summary>
internal static class DigitCollection
{
    public static async ValueTask<ActivityResult> StartAsync(ActivityExecutionContext context, int attempt, IReadOnlyList<Prompt> before)
    {
        var session = VoiceContext.Session(context);
        if (session is null) return ActivityResult.End();
        var prompts = new List<Prompt>(before);
        prompts.AddRange(await VoiceContext.PromptsAsync(context));
        var waitId = VoiceWait.NewId();
        session.BeginCollect(waitId, prompts, Options(context));
        return ActivityResult.Suspend(VoiceContext.Wait(waitId, new JsonObject { ["attempt"] = attempt }));
    }

    /// <summary>Null when the caller entered something; otherwise the retry (with the matching re-prompt) or the final failure port.</summary>
    public static async ValueTask<ActivityResult?> RetryOrFailAsync(ActivityExecutionContext context, BookmarkState bookmark, string failure)
    {
        var attempt = bookmark.Payload?["attempt"]?.GetValue<int>() ?? 1;
        var maxAttempts = Int(context, "maxAttempts", 3);
        if (attempt >= maxAttempts) return ActivityResult.Outcome(failure);
        var reprompt = context.GetString(failure == "Timeout" ? "timeoutPrompt" : "invalidPrompt") ?? (failure == "Timeout" ? "no-input" : "invalid");
        var library = context.Services.GetService(typeof(Prompts.PromptLibrary)) as Prompts.PromptLibrary;
        var before = new List<Prompt>();
        if (library is not null && reprompt.Length > 0 && await library.GetAsync(reprompt, context.CancellationToken) is { } p) before.Add(p);
        return await StartAsync(context, attempt + 1, before);
    }

    public static (string Digits, string End) Read(Resumption resumption) =>
        (resumption.Payload?["digits"]?.GetValue<string>() ?? "", resumption.Payload?["end"]?.GetValue<string>() ?? "");

    private static DigitCollectionOptions Options(ActivityExecutionContext context)
    {
        var terminator = context.GetString("terminator");
        return new DigitCollectionOptions
        {
            MaxDigits = Math.Max(1, Int(context, "maxDigits", 1)),
            Terminator = terminator is { Length: 1 } ? terminator[0] : null,
            FirstDigitTimeout = context.GetDuration("timeout") ?? TimeSpan.FromSeconds(5),
            InterDigitTimeout = context.GetDuration("interDigitTimeout") ?? TimeSpan.FromSeconds(3),
            KeepTypeAhead = true,
        };
    }

    /// <summary>A number input whether the JSON holds 3 or "3".</summary>
    public static int Int(ActivityExecutionContext context, string name, int fallback) => context.GetInput(name) switch
    {
        JsonValue v when v.TryGetValue<double>(out var d) => (int)d,
        JsonValue v when v.TryGetValue<string>(out var s) && int.TryParse(s, CultureInfo.InvariantCulture, out var i) => i,
        _ => fallback,
    };

    public static string Describe(int attempt, string result) => attempt.ToString(CultureInfo.InvariantCulture) + ":" + result;
}
