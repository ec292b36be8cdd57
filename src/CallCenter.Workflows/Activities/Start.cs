using CallCenter.Workflows.Descriptors;
using CallCenter.Workflows.Execution;

namespace CallCenter.Workflows.Activities;

[Activity("Start", "Flow", SideEffectFree = true, DisplayNameZh = "开始", DisplayNameEn = "Start",
    DescriptionZh = "流程从这里开始。", DescriptionEn = "Where a run begins when no trigger started it.")]
public sealed class Start : IActivity
{
    public ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context) => ValueTask.FromResult(ActivityResult.Done());
}
