using CallCenter.Calls;
using CallCenter.Workflows.Execution;
using CallCenter.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CallCenter.Voice.Hosting;

/// <summary>
/// A node that died without a graceful shutdown (crash, kill -9, power) leaves its calls "in progress" in the call
/// records and their IVR instances suspended on a bookmark no call will ever resume. When the node starts again (same
/// Voice:NodeId), every such call is ended with reason <see cref="Reason"/> and its instance cancelled, instead of
/// waiting for the inbox stimulus to expire. An instance still leased by the dead process is retried until the
/// lease runs out. Voice:NodeId must therefore be unique per running SIP process.
/// </summary>
public sealed partial class OrphanedCallRecovery(
    WorkflowRuntime runtime,
    WorkflowRuntimeOptions engineOptions,
    IServiceScopeFactory scopes,
    VoiceOptions options,
    TimeProvider time,
    ILogger<OrphanedCallRecovery> log)
{
    public const string Reason = "NodeRestarted";

    /// <summary>Pause between attempts to cancel an instance the dead process still leases.</summary>
    public TimeSpan RetryInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Ends the calls this node's previous process left open (started before <paramref name="startedBefore"/>); returns how many.</summary>
    public async Task<int> RecoverAsync(DateTimeOffset startedBefore, CancellationToken ct = default)
    {
        IReadOnlyList<OrphanedCallDto> orphans;
        using (var scope = scopes.CreateScope())
        {
            orphans = await scope.ServiceProvider.GetRequiredService<ICallRecordWriter>()
                .EndOrphanedAsync(options.NodeId, startedBefore, time.GetUtcNow(), Reason, ct);
        }
        if (orphans.Count == 0) return 0;
        LogEnded(orphans.Count, options.NodeId);
        var pending = orphans.Where(o => o.WorkflowInstanceId is not null).Select(o => o.WorkflowInstanceId!).ToList();
        // The dead process may have held a lease (it died mid-step); CancelAsync fails until that lease expires.
        var deadline = time.GetUtcNow() + engineOptions.LeaseDuration + RetryInterval;
        while (pending.Count > 0 && !ct.IsCancellationRequested)
        {
            var stillLeased = new List<string>();
            foreach (var instanceId in pending)
            {
                if (await TryFinishAsync(instanceId, ct)) continue;
                stillLeased.Add(instanceId);
            }
            pending = stillLeased;
            if (pending.Count == 0 || time.GetUtcNow() > deadline) break;
            await Task.Delay(RetryInterval, time, ct);
        }
        if (pending.Count > 0) LogNotCancelled(pending.Count);
        return orphans.Count;
    }

    /// <summary>True when the instance is over (cancelled now, or already finished/cancelled/faulted).</summary>
    private async Task<bool> TryFinishAsync(string instanceId, CancellationToken ct)
    {
        try
        {
            if (await runtime.CancelAsync(instanceId, ct)) return true;
            var state = await runtime.Instances.GetStateAsync(instanceId, ct);
            return state is null || state.Status is WorkflowStatus.Finished or WorkflowStatus.Cancelled
                or WorkflowStatus.Faulted;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning(e, "Cancelling IVR instance {InstanceId} after a node restart failed", instanceId);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ended {Count} calls node {NodeId} left in progress before it restarted; cancelling their IVR instances")]
    private partial void LogEnded(int count, string nodeId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} IVR instances of calls lost in a node restart could not be cancelled (still leased)")]
    private partial void LogNotCancelled(int count);
}
