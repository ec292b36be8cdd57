using System.Text.RegularExpressions;
using CallCenter.Permissions;
using CallCenter.Workflows.Management;
using CallCenter.Workflows.Models;
using CallCenter.Workflows.Runtime;
using CallCenter.Workflows.Stores;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Workflows.Designer;

/// <summary>
/// What the visual designer needs beyond the engine's definition/instance API: the list with last editor and live
/// instance counts, duplicate, delete (refused while instances run), test run, and an instance's pinned definition.
/// </summary>
public static partial class WorkflowDesignerEndpoints
{
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$")]
    private static partial Regex DefinitionIdPattern();

    public static void MapWorkflowDesignerEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/workflows").WithTags("Workflows").AddEndpointFilter(WorkflowProblems.Filter);

        group.MapGet("/designer/definitions", async (WorkflowDesignerQueries queries, HttpContext http, CancellationToken ct) =>
            {
                var items = await queries.ListAsync(ct);
                var log = http.RequestServices.GetService<IWorkflowEditLog>();
                if (log is null) return Results.Ok(items);
                var edits = await log.LatestAsync(items.Select(i => i.DefinitionId).ToList(), ct);
                return Results.Ok(items.Select(i => edits.TryGetValue(i.DefinitionId, out var e)
                    ? i with { LastEditedBy = e.UserName, LastEditedAt = e.At }
                    : i with { LastEditedAt = i.LatestCreatedAt }).ToList());
            })
            .WithName("GetWorkflowList").WithSummary("Workflows with their latest version, last editor and running instances")
            .RequireAuthorization(CallCenterPermissions.Workflows.Default);

        group.MapPost("/definitions/{definitionId}/duplicate", async (string definitionId, DuplicateWorkflowRequest body, IWorkflowDefinitionStore store,
                WorkflowDesignerQueries queries, WorkflowDefinitionService service, HttpContext http, CancellationToken ct) =>
            {
                var newId = body.DefinitionId?.Trim() ?? "";
                if (!DefinitionIdPattern().IsMatch(newId))
                    return Invalid("definitionId", "Use 1-100 letters, digits, '-', '_' or '.', starting with a letter or digit.");
                var source = await store.GetLatestAsync(definitionId, ct);
                if (source is null) return NotFound(definitionId);
                if (await queries.ExistsAsync(newId, ct))
                    return WorkflowProblems.Problem(409, WorkflowDesignerErrorCodes.DefinitionExists, $"Workflow {newId} already exists.");
                var copy = WorkflowJson.ParseDefinition(WorkflowJson.Serialize(source));
                copy.Id = "";
                copy.DefinitionId = newId;
                copy.Name = string.IsNullOrWhiteSpace(body.Name) ? source.Name : body.Name.Trim();
                var saved = await service.SaveDraftAsync(copy, ct);
                await WorkflowEditRecorder.RecordAsync(http, newId, WorkflowEditKind.Duplicated, saved.Version);
                return Results.Text(WorkflowJson.Serialize(saved), "application/json", statusCode: 201);
            })
            .WithName("DuplicateWorkflow").WithSummary("Copy a workflow as a new draft")
            .RequireAuthorization(CallCenterPermissions.Workflows.Edit);

        group.MapDelete("/definitions/{definitionId}", async (string definitionId, WorkflowDesignerQueries queries, WorkflowRuntime runtime,
                HttpContext http, CancellationToken ct) =>
            {
                switch (await queries.DeleteAsync(definitionId, ct))
                {
                    case DeleteOutcome.NotFound:
                        return NotFound(definitionId);
                    case DeleteOutcome.InstancesRunning:
                        var count = await queries.LiveInstanceCountAsync(definitionId, ct);
                        return Results.Problem(detail: $"{count} instance(s) of {definitionId} are still running or waiting; cancel them first.",
                            title: "The workflow has running instances.", statusCode: 409,
                            extensions: new Dictionary<string, object?> { ["code"] = WorkflowDesignerErrorCodes.InstancesRunning, ["liveInstances"] = count });
                    default:
                        runtime.ForgetDefinition(definitionId);
                        await WorkflowEditRecorder.RecordAsync(http, definitionId, WorkflowEditKind.Deleted, null);
                        return TypedResults.NoContent();
                }
            })
            .WithName("DeleteWorkflow").WithSummary("Delete a workflow with no running instances")
            .RequireAuthorization(CallCenterPermissions.Workflows.Edit);

        // Analysts test their own flows without the operators' right to start any workflow (Instances.Manage).
        group.MapPost("/definitions/{definitionId}/test-run", async (string definitionId, TestRunRequest body, IWorkflowDefinitionStore store,
                WorkflowRuntime runtime, CancellationToken ct) =>
            {
                if (await store.GetPublishedVersionAsync(definitionId, ct) is null)
                    return await store.GetLatestAsync(definitionId, ct) is null
                        ? NotFound(definitionId)
                        : WorkflowProblems.Problem(409, WorkflowDesignerErrorCodes.NotPublished, $"Workflow {definitionId} has no published version to run.");
                var correlationId = string.IsNullOrWhiteSpace(body.CorrelationId) ? "test-" + Guid.NewGuid().ToString("N")[..10] : body.CorrelationId.Trim();
                var outcome = await runtime.StartAsync(definitionId, body.Input, correlationId, null, ct);
                return TypedResults.Created($"/api/workflows/instances/{outcome.InstanceId}",
                    new { instanceId = outcome.InstanceId, status = outcome.Status.ToString(), correlationId });
            })
            .WithName("TestRunWorkflow").WithSummary("Start the published version with test input")
            .RequireAuthorization(CallCenterPermissions.Workflows.Edit);

        // The viewer draws the version an instance is pinned to; supervisors may read instances without the designer's permission.
        group.MapGet("/instances/{id}/definition", async (string id, WorkflowInstanceQueries instances, IWorkflowDefinitionStore store, CancellationToken ct) =>
            {
                var summary = await instances.GetAsync(id, ct);
                if (summary is null)
                    return WorkflowProblems.Problem(404, WorkflowErrorCodes.InstanceNotFound, $"Workflow instance {id} does not exist.");
                var definition = await store.GetVersionAsync(summary.DefinitionId, summary.DefinitionVersion, ct);
                return definition is null ? NotFound(summary.DefinitionId) : Results.Text(WorkflowJson.Serialize(definition), "application/json");
            })
            .WithName("GetWorkflowInstanceDefinition").WithSummary("The definition version an instance runs on")
            .RequireAuthorization(CallCenterPermissions.Workflows.Instances);
    }

    private static IResult NotFound(string definitionId) =>
        WorkflowProblems.Problem(404, WorkflowErrorCodes.DefinitionNotFound, $"Workflow {definitionId} does not exist.");

    private static IResult Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, detail: message, title: message,
            extensions: new Dictionary<string, object?> { ["code"] = WorkflowDesignerErrorCodes.InvalidRequest });
}
