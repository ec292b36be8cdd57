using CallCenter.Workflows.Descriptors;
using CallCenter.Workflows.Execution;

namespace CallCenter.Voice.Activities;

[Activity("Answer", "Voice", DisplayNameZh = "接听", DisplayNameEn = "Answer",
    DescriptionZh = "接通来电（200 OK），之后才能放音和收号。", DescriptionEn = "Answers the call (200 OK) so prompts can play and keys arrive.")]
public sealed class Answer : IActivity
{
    public async ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var session = VoiceContext.Session(context);
        if (session is null || !session.Call.Answer()) return ActivityResult.End();
        session.AddStep(context.Node.Id, "Answer");
        if (session.Call.AnsweredAt is { } at) await session.WriteAsync(w => w.AnsweredAsync(session.CallRecordId, at));
        return ActivityResult.Done();
    }
}
