using CallCenter.Workflows.Descriptors;
using CallCenter.Workflows.Execution;

namespace CallCenter.Workflows.Activities;

/// <summary>
/// WaitAll continues once every inbound source has arrived; WaitAny continues on the first and cancels the waits and
/// queued steps of the branches that lost (they could only lead back here).
/// </summary>
[Activity("Join", "Flow", SideEffectFree = true, DisplayNameZh = "汇合", DisplayNameEn = "Join",
    DescriptionZh = "等待全部或任一分支到达后继续。", DescriptionEn = "Continues when all (or any) inbound branches arrive.")]
[Input("mode", "String", UiHint.Dropdown, DisplayNameZh = "方式", DisplayNameEn = "Mode", Options = ["WaitAll", "WaitAny"],
    DefaultValue = "WaitAll")]
public sealed class Join : IActivity
{
    public ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var state = context.State;
        var id = context.Node.Id;
        var graph = context.Workflow.Graph;
        state.Joins ??= new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (!state.Joins.TryGetValue(id, out var arrived)) state.Joins[id] = arrived = [];
        if (context.Step?.From is { } from && !arrived.Contains(from)) arrived.Add(from);

        if (context.GetString("mode") == "WaitAny")
        {
            if (arrived.Count > 1) return ValueTask.FromResult(ActivityResult.Waiting());
            state.Bookmarks.RemoveAll(b => graph.CanReach(b.ActivityId, id));
            state.Queue.RemoveAll(s => s.ActivityId != id && graph.CanReach(s.ActivityId, id));
            Reset(state, id, keepMarker: true);
            return ValueTask.FromResult(ActivityResult.Done());
        }
        if (graph.InboundSources(id).Any(s => !arrived.Contains(s))) return ValueTask.FromResult(ActivityResult.Waiting());
        Reset(state, id, keepMarker: false);
        return ValueTask.FromResult(ActivityResult.Done());
    }

    private static void Reset(WorkflowState state, string id, bool keepMarker)
    {
        // WaitAny keeps its arrival list so late branches are swallowed; WaitAll clears it so a loop can join again.
        if (!keepMarker) state.Joins!.Remove(id);
        if (state.Joins!.Count == 0 && !keepMarker) state.Joins = null;
    }
}
