using System.Collections.Concurrent;
using CallCenter.Workflows.Descriptors;
using CallCenter.Workflows.Execution;

namespace CallCenter.Workflows.Support;

/// <summary>
/// The first time per instance it "kills the process": the exception escapes the interpreter (as a shutdown would)
/// and the run is abandoned with its lease held. Later executions succeed.
/// </summary>
[Activity("Test.Crash", "Test", DisplayNameZh = "崩溃", DisplayNameEn = "Crash")]
public sealed class CrashActivity : IActivity
{
    public static ConcurrentDictionary<string, int> Executions { get; } = new();

    public ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        if (Executions.AddOrUpdate(context.State.InstanceId, 1, (_, n) => n + 1) == 1) throw new SimulatedCrashException();
        return ValueTask.FromResult(ActivityResult.Done());
    }
}
