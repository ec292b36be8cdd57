using CallCenter.Workflows.Runtime;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CallCenter.Workflows.Hosting;

/// <summary>
/// Runs the runtime's sweep on every node: instances whose lease expired after a crash, inbox entries nobody
/// delivered, timers whose scheduling was lost — and, once per retention interval across all nodes, the retention
/// pass. Idempotent, so every node may run it at once.
/// </summary>
public sealed class WorkflowSweeperService(WorkflowRuntime runtime, TimeProvider time, ILogger<WorkflowSweeperService> logger) : BackgroundService
{
    public static TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var touched = await runtime.SweepAsync(stoppingToken);
                if (touched > 0) logger.LogInformation("Workflow sweeper handled {Count} items", touched);
                // Cheap when it is not this node's turn: one conditional upsert decides.
                await runtime.PurgeAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Workflow sweep failed; retrying next interval");
            }
        }
    }
}
