using CallCenter.Workflows.Descriptors;
using CallCenter.Workflows.Execution;

namespace CallCenter.Workflows.Activities;

[Activity("Delay", "Timers", SideEffectFree = true, DisplayNameZh = "延时", DisplayNameEn = "Delay",
    DescriptionZh = "等待一段时间后继续。", DescriptionEn = "Waits for a duration, then continues.")]
[Input("duration", "TimeSpan", UiHint.Duration, DisplayNameZh = "时长", DisplayNameEn = "Duration", Required = true)]
public sealed class Delay : IActivity
{
    public const string BookmarkName = "Delay";

    public ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var duration = context.GetDuration("duration") ?? throw new InvalidOperationException("Delay needs a duration.");
        var due = context.Time.GetUtcNow() + duration;
        return ValueTask.FromResult(ActivityResult.Suspend(new BookmarkRequest(BookmarkName, context.State.InstanceId + ":" + context.Node.Id, DueAt: due)));
    }
}
