using System.Collections.Concurrent;
using CallCenter.Workflows.Descriptors;
using CallCenter.Workflows.Execution;

namespace CallCenter.Workflows.Support;

/// <summary>Counts its executions per instance and node, process-wide, so tests can prove "exactly once".</summary>
[Activity("Test.Count", "Test", DisplayNameZh = "计数", DisplayNameEn = "Count")]
public sealed class CountingActivity : IActivity
{
    public static ConcurrentDictionary<string, int> Executions { get; } = new();

    public static int CountOf(string instanceId, string activityId) => Executions.GetValueOrDefault(instanceId + "/" + activityId);

    public ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        Executions.AddOrUpdate(context.State.InstanceId + "/" + context.Node.Id, 1, (_, n) => n + 1);
        return ValueTask.FromResult(ActivityResult.Done());
    }
}
