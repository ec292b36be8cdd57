using CallCenter.Calls;

namespace CallCenter.Voice.Tests.Ivr;

internal static class IvrPathAssertions
{
    /// <summary>The kinds of the path in order, e.g. "Menu:1:1" — what the call record says the caller went through.</summary>
    public static IReadOnlyList<string> Steps(this CallRecordDto call) =>
        call.Path.Select(s => s.Detail is null ? s.Kind : $"{s.Kind}:{s.Detail}").ToList();

    public static void ShouldStartLikeTheMainIvr(this CallRecordDto call)
    {
        var steps = call.Steps();
        var text = string.Join(" → ", steps);
        steps[0].ShouldStartWith("IncomingCall", customMessage: text);
        steps[1].ShouldBe("Answer", text);
        steps[2].ShouldBe("PlayPrompt:greeting", text);
        steps[3].ShouldStartWith("CheckBusinessHours:Open", customMessage: text);
        steps[4].ShouldStartWith("LookupCaller:", customMessage: text);
        call.WorkflowDefinitionId.ShouldBe("ivr-main");
        call.AnsweredAt.ShouldNotBeNull();
    }
}
