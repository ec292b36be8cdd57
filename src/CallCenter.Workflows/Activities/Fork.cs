using System.Text.Json.Nodes;
using CallCenter.Workflows.Descriptors;
using CallCenter.Workflows.Execution;

namespace CallCenter.Workflows.Activities;

[Activity("Fork", "Flow", SideEffectFree = true, DisplayNameZh = "并行分支", DisplayNameEn = "Fork", Outcomes = [], OutcomesFromInput = "branches",
    DescriptionZh = "同时进入所有分支。", DescriptionEn = "Continues through every branch at once.")]
[Input("branches", "String[]", UiHint.Json, DisplayNameZh = "分支", DisplayNameEn = "Branches", Required = true)]
public sealed class Fork : IActivity
{
    public ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var branches = (context.GetInput("branches") as JsonArray ?? []).Select(b => b?.GetValue<string>()).OfType<string>().ToArray();
        return ValueTask.FromResult(ActivityResult.Outcome(branches));
    }
}
