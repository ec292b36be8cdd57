using CallCenter.Permissions;
using CallCenter.Workflows.Descriptors;
using CallCenter.Workflows.Designer;
using CallCenter.Workflows.Management;
using CallCenter.Workflows.Models;
using CallCenter.Workflows.Runtime;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CallCenter.Workflows;

/// <summary>Definitions and descriptors: the designer's API. Bodies are the engine's JSON, read and written verbatim.</summary>
public static class WorkflowDefinitionEndpoints
{
    public static void MapWorkflowDefinitionEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/workflows").WithTags("Workflows").AddEndpointFilter(WorkflowProblems.Filter);
        var P = CallCenterPermissions.Workflows.Default;

        group.MapGet("/descriptors", (ActivityRegistry registry) => TypedResults.Ok(registry.Descriptors))
            .WithName("GetActivityDescriptors").WithSummary("The activities the designer's palette offers")
            .RequireAuthorization(P);
        group.MapGet("/definitions", async (IWorkflowDefinitionStore store, CancellationToken ct) =>
                TypedResults.Ok((await store.ListLatestAsync(ct)).Select(Summary)))
            .WithName("GetWorkflowDefinitions").WithSummary("Workflow definitions")
            .RequireAuthorization(P);
        group.MapGet("/definitions/{definitionId}", async (string definitionId, int? version, IWorkflowDefinitionStore store, CancellationToken ct) =>
            {
                var definition = version is { } v ? await store.GetVersionAsync(definitionId, v, ct) : await store.GetLatestAsync(definitionId, ct);
                return definition is null ? NotFound(definitionId) : Json(definition);
            })
            .WithName("GetWorkflowDefinition").WithSummary("A workflow definition (latest or a given version)")
            .RequireAuthorization(P);
        group.MapGet("/definitions/{definitionId}/versions", async (string definitionId, IWorkflowDefinitionStore store, CancellationToken ct) =>
            {
                var versions = await store.ListVersionsAsync(definitionId, ct);
                return versions.Count == 0 ? NotFound(definitionId) : TypedResults.Ok(versions.Select(Summary));
            })
            .WithName("GetWorkflowVersions").WithSummary("A workflow's versions")
            .RequireAuthorization(P);
        group.MapGet("/definitions/{definitionId}/export", async (string definitionId, int? version, WorkflowDefinitionService service, CancellationToken ct) =>
                TypedResults.File(System.Text.Encoding.UTF8.GetBytes(await service.ExportAsync(definitionId, version, ct)), "application/json",
                    $"{definitionId}.json"))
            .WithName("ExportWorkflow").WithSummary("Export a workflow as JSON")
            .RequireAuthorization(P);

        group.MapPost("/definitions/validate", async (HttpRequest request, WorkflowDefinitionService service) =>
            {
                var errors = service.Validate(await ReadDefinitionAsync(request));
                return errors.Count == 0 ? Results.Ok(new { valid = true }) : WorkflowProblems.Invalid(new WorkflowValidationException(errors));
            })
            .WithName("ValidateWorkflow").WithSummary("Validate a definition without saving it")
            .RequireAuthorization(CallCenterPermissions.Workflows.Edit);
        group.MapPut("/definitions/{definitionId}", async (string definitionId, HttpRequest request, WorkflowDefinitionService service, CancellationToken ct) =>
            {
                var definition = await ReadDefinitionAsync(request);
                definition.DefinitionId = definitionId;
                var saved = await service.SaveDraftAsync(definition, ct);
                await WorkflowEditRecorder.RecordAsync(request.HttpContext, definitionId, WorkflowEditKind.Saved, saved.Version);
                return Json(saved);
            })
            .WithName("SaveWorkflow").WithSummary("Save a draft or publish a workflow")
            .RequireAuthorization(CallCenterPermissions.Workflows.Edit);
        group.MapPost("/definitions/import", async (bool? publish, HttpRequest request, WorkflowDefinitionService service, IAuthorizationService auth,
                CancellationToken ct) =>
            {
                var definition = await ReadDefinitionAsync(request);
                if (publish == true && !(await auth.AuthorizeAsync(request.HttpContext.User, CallCenterPermissions.Workflows.Publish)).Succeeded)
                    return TypedResults.Forbid();
                var (saved, changed) = publish == true ? await service.ImportAsync(definition, true, ct) : (await service.SaveDraftAsync(definition, ct), true);
                if (changed) await WorkflowEditRecorder.RecordAsync(request.HttpContext, saved.DefinitionId, WorkflowEditKind.Imported, saved.Version);
                return Results.Json(new { definitionId = saved.DefinitionId, version = saved.Version, isPublished = saved.IsPublished, changed });
            })
            .WithName("ImportWorkflow").WithSummary("Import a workflow JSON file as a new draft")
            .RequireAuthorization(CallCenterPermissions.Workflows.Edit);
        group.MapPost("/definitions/{definitionId}/publish", async (string definitionId, int? version, WorkflowDefinitionService service, HttpContext http,
                CancellationToken ct) =>
            {
                var published = await service.PublishAsync(definitionId, version, ct);
                await WorkflowEditRecorder.RecordAsync(http, definitionId, WorkflowEditKind.Published, published.Version);
                return Json(published);
            })
            .WithName("PublishWorkflow").WithSummary("Publish the latest version")
            .RequireAuthorization(CallCenterPermissions.Workflows.Publish);
        group.MapPost("/definitions/{definitionId}/unpublish", async (string definitionId, WorkflowDefinitionService service, HttpContext http,
                CancellationToken ct) =>
            {
                await service.UnpublishAsync(definitionId, ct);
                await WorkflowEditRecorder.RecordAsync(http, definitionId, WorkflowEditKind.Unpublished, null);
                return TypedResults.NoContent();
            })
            .WithName("UnpublishWorkflow").WithSummary("Stop new instances of a workflow")
            .RequireAuthorization(CallCenterPermissions.Workflows.Publish);
    }

    private static async Task<WorkflowDefinition> ReadDefinitionAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        return WorkflowJson.ParseDefinition(await reader.ReadToEndAsync(request.HttpContext.RequestAborted));
    }

    private static IResult Json(WorkflowDefinition definition) => Results.Text(WorkflowJson.Serialize(definition), "application/json");

    private static IResult NotFound(string definitionId) =>
        WorkflowProblems.Problem(404, WorkflowErrorCodes.DefinitionNotFound, $"Workflow {definitionId} does not exist.");

    private static object Summary(WorkflowDefinition d) =>
        new { d.Id, d.DefinitionId, d.Version, d.Name, d.Description, d.IsLatest, d.IsPublished };
}
