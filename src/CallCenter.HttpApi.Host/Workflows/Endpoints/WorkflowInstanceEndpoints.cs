using CallCenter.Permissions;
using CallCenter.Workflows.Execution;
using CallCenter.Workflows.Runtime;
using CallCenter.Workflows.Stores;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CallCenter.Workflows;

/// <summary>Instances (list, detail with state and journal, start, cancel, retry) and stimuli (raise an event).</summary>
public static class WorkflowInstanceEndpoints
{
    public static void MapWorkflowInstanceEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/workflows").WithTags("Workflows").AddEndpointFilter(WorkflowProblems.Filter);

        group.MapGet("/instances", async (string? definitionId, string? status, string? correlationId, bool? hasIncidents, int? page, int? pageSize,
                DateTimeOffset? createdFrom, DateTimeOffset? createdTo, WorkflowInstanceQueries queries, CancellationToken ct) =>
            {
                var (items, total) = await queries.ListAsync(
                    new WorkflowInstanceFilter(definitionId, status, correlationId, hasIncidents, page ?? 1, pageSize ?? 50, createdFrom, createdTo), ct);
                return TypedResults.Ok(new { items, total });
            })
            .WithName("GetWorkflowInstances").WithSummary("Search workflow instances")
            .RequireAuthorization(CallCenterPermissions.Workflows.Instances);
        group.MapGet("/instances/{id}", async (string id, WorkflowInstanceQueries queries, IWorkflowInstanceStore store, CancellationToken ct) =>
            {
                var summary = await queries.GetAsync(id, ct);
                if (summary is null) return NotFound(id);
                var state = await store.GetStateAsync(id, ct);
                var journal = await store.GetJournalAsync(id, ct);
                return TypedResults.Ok(new { instance = summary, output = state?.Output, state, journal });
            })
            .WithName("GetWorkflowInstance").WithSummary("An instance with its journal, variables and incidents")
            .RequireAuthorization(CallCenterPermissions.Workflows.Instances);
        group.MapPost("/instances", async (StartWorkflowRequest body, WorkflowRuntime runtime, CancellationToken ct) =>
            {
                if (string.IsNullOrWhiteSpace(body.DefinitionId))
                    return Invalid("definitionId", "A definition id is required.");
                var outcome = await runtime.StartAsync(body.DefinitionId, body.Input, body.CorrelationId, null, ct);
                return TypedResults.Created($"/api/workflows/instances/{outcome.InstanceId}",
                    new { instanceId = outcome.InstanceId, status = outcome.Status.ToString() });
            })
            .WithName("StartWorkflow").WithSummary("Start a workflow")
            .RequireAuthorization(CallCenterPermissions.Workflows.ManageInstances);
        group.MapPost("/instances/{id}/cancel", async (string id, WorkflowRuntime runtime, IWorkflowInstanceStore store, CancellationToken ct) =>
            {
                if (await store.GetStateAsync(id, ct) is null) return NotFound(id);
                return await runtime.CancelAsync(id, ct)
                    ? TypedResults.NoContent()
                    : WorkflowProblems.Problem(409, WorkflowErrorCodes.InstanceBusy, "The instance is running on a node right now, or is already over.");
            })
            .WithName("CancelWorkflowInstance").WithSummary("Cancel a running instance")
            .RequireAuthorization(CallCenterPermissions.Workflows.ManageInstances);
        group.MapPost("/instances/{id}/retry", async (string id, WorkflowRuntime runtime, IWorkflowInstanceStore store, CancellationToken ct) =>
            {
                var state = await store.GetStateAsync(id, ct);
                if (state is null) return NotFound(id);
                if (state.Status != WorkflowStatus.Faulted)
                    return WorkflowProblems.Problem(409, WorkflowErrorCodes.InstanceNotFaulted, "Only a faulted instance can be retried.");
                var outcome = await runtime.RetryAsync(id, ct);
                return outcome is null
                    ? WorkflowProblems.Problem(409, WorkflowErrorCodes.InstanceBusy, "The instance is running on a node right now.")
                    : Results.Ok(new { instanceId = id, status = outcome.Status.ToString() });
            })
            .WithName("RetryWorkflowInstance").WithSummary("Retry a faulted instance")
            .RequireAuthorization(CallCenterPermissions.Workflows.ManageInstances);
        group.MapPost("/events", async (RaiseWorkflowEventRequest body, WorkflowRuntime runtime, CancellationToken ct) =>
            {
                if (string.IsNullOrWhiteSpace(body.Name)) return Invalid("name", "An event name is required.");
                var outcome = await runtime.RaiseEventAsync(body.Name, body.CorrelationId, body.Payload, null, ct);
                return TypedResults.Accepted((string?)null, new
                {
                    stimulusId = outcome.StimulusId,
                    consumed = outcome.ConsumedBy is not null,
                    instanceId = outcome.ConsumedBy?.InstanceId,
                });
            })
            .WithName("RaiseWorkflowEvent").WithSummary("Deliver an event to the instances waiting for it")
            .RequireAuthorization(CallCenterPermissions.Workflows.RaiseEvents);
    }

    private static IResult NotFound(string id) =>
        WorkflowProblems.Problem(404, WorkflowErrorCodes.InstanceNotFound, $"Workflow instance {id} does not exist.");

    private static IResult Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, detail: message, title: message,
            extensions: new Dictionary<string, object?> { ["code"] = WorkflowErrorCodes.ValidationFailed });
}
