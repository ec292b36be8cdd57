using System.Collections.Concurrent;
using CallCenter.Workflows.Descriptors;
using CallCenter.Workflows.Execution;

namespace CallCenter.Workflows.Support;

/// <summary>Throws for its first N attempts per instance, then succeeds: exercises the retry policy and incidents.</summary>
[Activity("Test.Flaky", "Test", DisplayNameZh = "不稳定", DisplayNameEn = "Flaky")]
[Input("failures", "Number", UiHint.Number)]
public sealed class FlakyActivity : IActivity
{
    public static ConcurrentDictionary<string, int> Attempts { get; } = new();

    public ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var failures = context.Get<int>("failures");
        var attempt = Attempts.AddOrUpdate(context.State.InstanceId, 1, (_, n) => n + 1);
        if (attempt <= failures) throw new InvalidOperationException($"flaky failure {attempt}");
        return ValueTask.FromResult(ActivityResult.Done());
    }
}
