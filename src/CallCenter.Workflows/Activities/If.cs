using CallCenter.Workflows.Descriptors;
using CallCenter.Workflows.Execution;

namespace CallCenter.Workflows.Activities;

[Activity("If", "Flow", SideEffectFree = true, DisplayNameZh = "条件", DisplayNameEn = "If", Outcomes = ["True", "False"],
    DescriptionZh = "按条件走“是”或“否”分支。", DescriptionEn = "Takes the True or the False port by a condition.")]
[Input("condition", "Boolean", UiHint.Expression, DisplayNameZh = "条件", DisplayNameEn = "Condition", Required = true,
    DefaultSyntax = "JavaScript")]
public sealed class If : IActivity
{
    public ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context) =>
        ValueTask.FromResult(ActivityResult.Outcome(context.GetBool("condition") ? "True" : "False"));
}
