using CallCenter.Workflows.Descriptors;
using CallCenter.Workflows.Execution;

namespace CallCenter.Workflows.Activities;

[Activity("End", "Flow", SideEffectFree = true, DisplayNameZh = "结束", DisplayNameEn = "End", Outcomes = [],
    DescriptionZh = "结束整个流程实例，取消其余等待。", DescriptionEn = "Finishes the instance and cancels every other wait.")]
public sealed class End : IActivity
{
    public ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context) => ValueTask.FromResult(ActivityResult.End());
}
