using CallCenter.Telephony.Media;
using CallCenter.Voice.Prompts;
using CallCenter.Voice.Sessions;
using CallCenter.Workflows.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Voice.Activities;

/// <summary>What every IVR activity needs: the live call of this instance (by correlation id) and its prompts.</summary>
internal static class VoiceContext
{
    /// <summary>The call on this node; null when it has ended (or lives elsewhere), and the activity then ends the flow.</summary>
    public static CallSession? Session(ActivityExecutionContext context) =>
        context.Services.GetService<CallSessionRegistry>()?.Find(context.State.CorrelationId);

    /// <summary>"prompt" (one key or several, comma-separated) then "text" (spoken by the synthesizer).</summary>
    public static async Task<IReadOnlyList<Prompt>> PromptsAsync(ActivityExecutionContext context, string promptInput = "prompt",
        string textInput = "text")
    {
        var library = context.Services.GetRequiredService<PromptLibrary>();
        var prompts = new List<Prompt>();
        if (context.GetString(promptInput) is { Length: > 0 } keys)
            foreach (var key in keys.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                if (await library.GetAsync(key, context.CancellationToken) is { } prompt) prompts.Add(prompt);
        if (textInput.Length > 0 && context.GetString(textInput) is { Length: > 0 } text)
            prompts.Add(await library.SpeakAsync(text, context.CancellationToken));
        return prompts;
    }

    public static BookmarkRequest Wait(string waitId, System.Text.Json.Nodes.JsonObject? state = null) =>
        new(VoiceWait.BookmarkName, waitId, state);

    public static bool HungUp(Resumption resumption) => resumption.Payload?["hungUp"]?.GetValue<bool>() == true;

    public static ValueTask<ActivityResult> Result(ActivityResult result) => ValueTask.FromResult(result);
}
