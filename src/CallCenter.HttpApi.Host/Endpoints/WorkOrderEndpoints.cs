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
            .WithName("GetWorkOrders").WithSummary("Search work orders with their SLA")
            .RequireAuthorization(P.WorkOrders.Default);
        g.MapGet("/{id:guid}", (Guid id, IWorkOrderAppService svc, CancellationToken ct) => svc.GetAsync(id, ct))
            .WithName("GetWorkOrder").WithSummary("One work order with transitions, photos and escalations").RequireAuthorization(P.WorkOrders.Default);
        g.MapPost("/", async (CreateWorkOrderDto input, IWorkOrderAppService svc, CancellationToken ct) =>
        {
            var created = await svc.CreateAsync(input, ct);
            return TypedResults.Created($"/api/work-orders/{created.Id}", created);
        })
            .WithName("CreateWorkOrder").WithSummary("Open a work order").RequireAuthorization(P.WorkOrders.Create);
        g.MapGet("/mass-incident-candidates", (Guid? householdId, Guid categoryId, Guid? stationId, IWorkOrderAppService svc, CancellationToken ct) =>
            svc.GetMassIncidentCandidatesAsync(householdId, categoryId, stationId, ct))
            .WithName("GetMassIncidentCandidates").WithSummary("Open orders nearby that a new one may join as a mass incident").RequireAuthorization(P.WorkOrders.Create);
        g.MapPost("/{id:guid}/link-parent", (Guid id, LinkParentDto input, IWorkOrderAppService svc, CancellationToken ct) => svc.LinkParentAsync(id, input, ct))
            .WithName("LinkWorkOrderToParent").WithSummary("Link an order to a mass incident")
            .RequireAuthorization(P.WorkOrders.Dispatch);
        g.MapPost("/{id:guid}/dispatch", (Guid id, DispatchWorkOrderDto input, IWorkOrderAppService svc, CancellationToken ct) => svc.DispatchAsync(id, input, ct))
            .WithName("DispatchWorkOrder").WithSummary("Dispatch an order to a station")
            .RequireAuthorization(P.WorkOrders.Dispatch);
        g.MapPost("/{id:guid}/assign", (Guid id, AssignWorkOrderDto input, IWorkOrderAppService svc, CancellationToken ct) => svc.AssignAsync(id, input, ct))
            .WithName("AssignWorkOrder").WithSummary("Assign an order to a technician")
            .RequireAuthorization(P.WorkOrders.Assign);
        g.MapPost("/bulk-assign", (BulkAssignWorkOrdersDto input, IWorkOrderAppService svc, CancellationToken ct) => svc.BulkAssignAsync(input, ct))
            .WithName("BulkAssignWorkOrders").WithSummary("Assign several orders at once")
            .RequireAuthorization(P.WorkOrders.Assign);
        g.MapPost("/{id:guid}/cancel", (Guid id, ReasonDto input, IWorkOrderAppService svc, CancellationToken ct) => svc.CancelAsync(id, input, ct))
            .WithName("CancelWorkOrder").WithSummary("Cancel an order with a reason")
            .RequireAuthorization(P.WorkOrders.Dispatch);
        g.MapPost("/{id:guid}/revisit", (Guid id, RevisitWorkOrderDto input, IWorkOrderAppService svc, CancellationToken ct) => svc.RevisitAsync(id, input, ct))
            .WithName("RecordWorkOrderRevisit").WithSummary("Record the customer's revisit answer")
            .RequireAuthorization(P.WorkOrders.Revisit);
        g.MapPost("/{id:guid}/close", (Guid id, IWorkOrderAppService svc, CancellationToken ct) => svc.CloseAsync(id, ct))
            .WithName("CloseWorkOrder").WithSummary("Close an order")
            .RequireAuthorization(P.WorkOrders.Revisit);
        g.MapPost("/{id:guid}/reopen", (Guid id, ReasonDto input, IWorkOrderAppService svc, CancellationToken ct) => svc.ReopenAsync(id, input, ct))
            .WithName("ReopenWorkOrder").WithSummary("Reopen an order")
            .RequireAuthorization(P.WorkOrders.Revisit);
        g.MapPost("/{id:guid}/escalate", (Guid id, ReasonDto input, IComplaintAppService svc, CancellationToken ct) => svc.EscalateAsync(id, input, ct))
            .WithName("EscalateWorkOrder").WithSummary("Escalate a complaint")
            .RequireAuthorization(P.Complaints.Escalate);
        g.MapGet("/{id:guid}/escalations", (Guid id, IComplaintAppService svc, CancellationToken ct) => svc.GetEscalationsAsync(id, ct))
            .WithName("GetWorkOrderEscalations").WithSummary("An order's escalations")
            .RequireAuthorization(P.Complaints.Default);
        g.MapGet("/technicians", (Guid? stationId, IWorkOrderAppService svc, CancellationToken ct) => svc.GetTechniciansAsync(stationId, ct))
            .WithName("GetTechnicianWorkloads").WithSummary("Technicians with their open and accepted jobs")
            .RequireAuthorization(P.WorkOrders.Assign);

        // The technician's phone.
        g.MapGet("/mine", (bool? includeDone, ITechnicianJobAppService svc, CancellationToken ct) => svc.GetMineAsync(includeDone == true, ct))
            .WithName("GetMyJobs").WithSummary("The signed-in technician's jobs, most urgent first")
            .RequireAuthorization(P.WorkOrders.Work);
        g.MapPost("/{id:guid}/actions", (Guid id, TechnicianActionDto input, ITechnicianJobAppService svc, CancellationToken ct) => svc.ActAsync(id, input, ct))
            .WithName("TakeTechnicianAction").WithSummary("A technician's step on a job (idempotent by key)")
            .RequireAuthorization(P.WorkOrders.Work);
        g.MapPost("/{id:guid}/photos", async (Guid id, IFormFile? file, [FromForm] string? idempotencyKey, ITechnicianJobAppService svc, CancellationToken ct) =>
            {
                if (file is null || file.Length == 0)
                    throw new RequestValidationException([new FieldError("file", Localization.L.Get("Validation:Required"))]);
                await using var stream = file.OpenReadStream();
                var photo = await svc.UploadPhotoAsync(id, idempotencyKey ?? "", file.FileName, file.ContentType, stream, file.Length, ct);
                return TypedResults.Created(photo.Url, photo);
            })
            .WithName("UploadWorkOrderPhoto").WithSummary("Upload a job photo")
            .DisableAntiforgery()
            .RequireAuthorization(P.WorkOrders.Work);
        g.MapGet("/{id:guid}/photos/{photoId:guid}", async (Guid id, Guid photoId, ITechnicianJobAppService svc, CancellationToken ct) =>
        {
            var file = await svc.GetPhotoAsync(id, photoId, ct);
            return TypedResults.Stream(file.Content, file.ContentType, file.FileName);
        })
            .WithName("GetWorkOrderPhoto").WithSummary("A job photo").RequireAuthorization(P.WorkOrders.Default);
        g.MapPost("/{id:guid}/signature", (Guid id, SignatureDto input, ITechnicianJobAppService svc, CancellationToken ct) => svc.SaveSignatureAsync(id, input, ct))
            .WithName("UploadWorkOrderSignature").WithSummary("Upload the customer's signature")
            .RequireAuthorization(P.WorkOrders.Work);
        g.MapGet("/{id:guid}/signature", async (Guid id, ITechnicianJobAppService svc, CancellationToken ct) =>
        {
            var file = await svc.GetSignatureAsync(id, ct);
            return TypedResults.Stream(file.Content, file.ContentType, file.FileName);
        })
            .WithName("GetWorkOrderSignature").WithSummary("The customer's signature").RequireAuthorization(P.WorkOrders.Default);
    }
}
