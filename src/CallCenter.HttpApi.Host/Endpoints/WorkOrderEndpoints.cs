using CallCenter.Complaints;
using CallCenter.Exceptions;
using CallCenter.WorkOrders;
using Microsoft.AspNetCore.Mvc;
using P = CallCenter.Permissions.CallCenterPermissions;

namespace CallCenter.Endpoints;

public static class WorkOrderEndpoints
{
    public static void MapWorkOrderEndpoints(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/work-orders").WithTags("WorkOrders");
        g.MapGet("/", ([AsParameters] GetWorkOrdersInput input, IWorkOrderAppService svc, CancellationToken ct) => svc.GetListAsync(input, ct))
            .RequireAuthorization(P.WorkOrders.Default);
        g.MapGet("/{id:guid}", (Guid id, IWorkOrderAppService svc, CancellationToken ct) => svc.GetAsync(id, ct)).RequireAuthorization(P.WorkOrders.Default);
        g.MapPost("/", async (CreateWorkOrderDto input, IWorkOrderAppService svc, CancellationToken ct) =>
        {
            var created = await svc.CreateAsync(input, ct);
            return TypedResults.Created($"/api/work-orders/{created.Id}", created);
        }).RequireAuthorization(P.WorkOrders.Create);
        g.MapGet("/mass-incident-candidates", (Guid? householdId, Guid categoryId, Guid? stationId, IWorkOrderAppService svc, CancellationToken ct) =>
            svc.GetMassIncidentCandidatesAsync(householdId, categoryId, stationId, ct)).RequireAuthorization(P.WorkOrders.Create);
        g.MapPost("/{id:guid}/link-parent", (Guid id, LinkParentDto input, IWorkOrderAppService svc, CancellationToken ct) => svc.LinkParentAsync(id, input, ct))
            .RequireAuthorization(P.WorkOrders.Dispatch);
        g.MapPost("/{id:guid}/dispatch", (Guid id, DispatchWorkOrderDto input, IWorkOrderAppService svc, CancellationToken ct) => svc.DispatchAsync(id, input, ct))
            .RequireAuthorization(P.WorkOrders.Dispatch);
        g.MapPost("/{id:guid}/assign", (Guid id, AssignWorkOrderDto input, IWorkOrderAppService svc, CancellationToken ct) => svc.AssignAsync(id, input, ct))
            .RequireAuthorization(P.WorkOrders.Assign);
        g.MapPost("/bulk-assign", (BulkAssignWorkOrdersDto input, IWorkOrderAppService svc, CancellationToken ct) => svc.BulkAssignAsync(input, ct))
            .RequireAuthorization(P.WorkOrders.Assign);
        g.MapPost("/{id:guid}/cancel", (Guid id, ReasonDto input, IWorkOrderAppService svc, CancellationToken ct) => svc.CancelAsync(id, input, ct))
            .RequireAuthorization(P.WorkOrders.Dispatch);
        g.MapPost("/{id:guid}/revisit", (Guid id, RevisitWorkOrderDto input, IWorkOrderAppService svc, CancellationToken ct) => svc.RevisitAsync(id, input, ct))
            .RequireAuthorization(P.WorkOrders.Revisit);
        g.MapPost("/{id:guid}/close", (Guid id, IWorkOrderAppService svc, CancellationToken ct) => svc.CloseAsync(id, ct))
            .RequireAuthorization(P.WorkOrders.Revisit);
        g.MapPost("/{id:guid}/reopen", (Guid id, ReasonDto input, IWorkOrderAppService svc, CancellationToken ct) => svc.ReopenAsync(id, input, ct))
            .RequireAuthorization(P.WorkOrders.Revisit);
        g.MapPost("/{id:guid}/escalate", (Guid id, ReasonDto input, IComplaintAppService svc, CancellationToken ct) => svc.EscalateAsync(id, input, ct))
            .RequireAuthorization(P.Complaints.Escalate);
        g.MapGet("/{id:guid}/escalations", (Guid id, IComplaintAppService svc, CancellationToken ct) => svc.GetEscalationsAsync(id, ct))
            .RequireAuthorization(P.Complaints.Default);
        g.MapGet("/technicians", (Guid? stationId, IWorkOrderAppService svc, CancellationToken ct) => svc.GetTechniciansAsync(stationId, ct))
            .RequireAuthorization(P.WorkOrders.Assign);

        // The technician's phone.
        g.MapGet("/mine", (bool? includeDone, ITechnicianJobAppService svc, CancellationToken ct) => svc.GetMineAsync(includeDone == true, ct))
            .RequireAuthorization(P.WorkOrders.Work);
        g.MapPost("/{id:guid}/actions", (Guid id, TechnicianActionDto input, ITechnicianJobAppService svc, CancellationToken ct) => svc.ActAsync(id, input, ct))
            .RequireAuthorization(P.WorkOrders.Work);
        g.MapPost("/{id:guid}/photos", async (Guid id, IFormFile? file, [FromForm] string? idempotencyKey, ITechnicianJobAppService svc, CancellationToken ct) =>
            {
                if (file is null || file.Length == 0)
                    throw new RequestValidationException([new FieldError("file", Localization.L.Get("Validation:Required"))]);
                await using var stream = file.OpenReadStream();
                var photo = await svc.UploadPhotoAsync(id, idempotencyKey ?? "", file.FileName, file.ContentType, stream, file.Length, ct);
                return TypedResults.Created(photo.Url, photo);
            })
            .DisableAntiforgery()
            .RequireAuthorization(P.WorkOrders.Work);
        g.MapGet("/{id:guid}/photos/{photoId:guid}", async (Guid id, Guid photoId, ITechnicianJobAppService svc, CancellationToken ct) =>
        {
            var file = await svc.GetPhotoAsync(id, photoId, ct);
            return TypedResults.Stream(file.Content, file.ContentType, file.FileName);
        }).RequireAuthorization(P.WorkOrders.Default);
        g.MapPost("/{id:guid}/signature", (Guid id, SignatureDto input, ITechnicianJobAppService svc, CancellationToken ct) => svc.SaveSignatureAsync(id, input, ct))
            .RequireAuthorization(P.WorkOrders.Work);
        g.MapGet("/{id:guid}/signature", async (Guid id, ITechnicianJobAppService svc, CancellationToken ct) =>
        {
            var file = await svc.GetSignatureAsync(id, ct);
            return TypedResults.Stream(file.Content, file.ContentType, file.FileName);
        }).RequireAuthorization(P.WorkOrders.Default);
    }
}
