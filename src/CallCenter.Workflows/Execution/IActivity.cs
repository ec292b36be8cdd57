namespace CallCenter.Workflows.Execution;

/// <summary>
/// An activity type. One stateless instance runs every node of its type; all per-run data lives in the context
/// and the instance state, which is what makes state compact and runs resumable on any node.
/// </summary>
public interface IActivity
{
    ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context);

    /// <summary>Called when a bookmark the activity created is resumed; by default the activity is done.</summary>
    ValueTask<ActivityResult> ResumeAsync(ActivityExecutionContext context, BookmarkState bookmark, Resumption resumption) =>
        ValueTask.FromResult(ActivityResult.Done());
}
