using System.Text.Json.Nodes;
using CallCenter.Workflows.Runtime;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CallCenter.WorkOrders;

/// <summary>
/// The bridge to the workflow engine: starts the order's flow and, after every committed change, raises
/// "WorkOrderChanged" (correlation = order id) for WaitForWorkOrderState. Workflow trouble is logged, never
/// turned into a failed request: the order's change is already saved and the flow re-checks state when resumed.
/// </summary>
public sealed class WorkOrderSignals(WorkflowRuntime runtime, IOptions<WorkOrderOptions> options, ILogger<WorkOrderSignals> logger)
{
    public const string EventName = "WorkOrderChanged";
    // Short: a stale change event in the inbox is harmless (the wait re-reads the order) but should not pile up.
    private static readonly TimeSpan EventTimeToLive = TimeSpan.FromMinutes(10);

    /// <summary>Starts the type's workflow; returns the instance id, or null when none is configured/published.</summary>
    public async Task<string?> StartAsync(WorkOrder order, CancellationToken ct)
    {
        var definition = order.Type == WorkOrderType.Repair ? options.Value.RepairWorkflow : options.Value.ComplaintWorkflow;
        if (string.IsNullOrWhiteSpace(definition) || order.ParentId is not null) return null;
        try
        {
            var outcome = await runtime.StartAsync(definition, new JsonObject { ["workOrderId"] = order.Id.ToString() }, order.Id.ToString(), ct: ct);
            return outcome.InstanceId;
        }
        catch (WorkflowNotFoundException)
        {
            logger.LogWarning("Workflow {Definition} is not published; work order {Number} runs without it", definition, order.Number);
            return null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Starting workflow {Definition} for {Number} failed", definition, order.Number);
            return null;
        }
    }

    public async Task ChangedAsync(IEnumerable<WorkOrder> orders, CancellationToken ct)
    {
        foreach (var order in orders.DistinctBy(o => o.Id))
        {
            try
            {
                await runtime.RaiseEventAsync(EventName, order.Id.ToString(), new JsonObject { ["status"] = order.Status.ToString() },
                    ct: ct, timeToLive: EventTimeToLive);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Signalling work order {Number} to its workflow failed", order.Number);
            }
        }
    }

    public Task ChangedAsync(WorkOrder order, CancellationToken ct) => ChangedAsync([order], ct);
}
