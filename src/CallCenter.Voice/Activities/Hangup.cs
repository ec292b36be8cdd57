using CallCenter.Workflows.Descriptors;
using CallCenter.Workflows.Execution;

namespace CallCenter.Voice.Activities;

[Activity("Hangup", "Voice", DisplayNameZh = "挂机", DisplayNameEn = "Hang up",
    DescriptionZh = "结束通话（已接通发 BYE，未接通回 480）。", DescriptionEn = "Ends the call (BYE when answered, 480 before).")]
public sealed class Hangup : IActivity
{
    public ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        if (VoiceContext.Session(context) is { } session)
        {
            session.AddStep(context.Node.Id, "Hangup");
            session.Call.Hangup();
        }
        return ValueTask.FromResult(ActivityResult.Done());
    }
}
