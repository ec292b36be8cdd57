using CallCenter.Calendars;
using CallCenter.WorkOrders;
using Microsoft.AspNetCore.Mvc;
using P = CallCenter.Permissions.CallCenterPermissions;

namespace CallCenter.Endpoints;

/// <summary>Supervision list (督办), SLA policies and the business calendar.</summary>
public static class SupervisionEndpoints
{
    public static void MapSupervisionEndpoints(this IEndpointRouteBuilder app)
    {
        var s = app.MapGroup("/api/supervision").WithTags("Supervision");
        s.MapGet("/", ([AsParameters] GetSupervisionInput input, ISupervisionAppService svc, CancellationToken ct) => svc.GetListAsync(input, ct))
            .WithName("GetSupervisionItems").WithSummary("The supervision list (督办)")
            .RequireAuthorization(P.WorkOrders.Default);
        s.MapPost("/", (CreateSupervisionDto input, ISupervisionAppService svc, CancellationToken ct) => svc.CreateAsync(input, ct))
            .WithName("CreateSupervisionItem").WithSummary("Put an order on the supervision list")
            .RequireAuthorization(P.WorkOrders.Supervise);
        s.MapPost("/{id:guid}/respond", (Guid id, RespondSupervisionDto input, ISupervisionAppService svc, CancellationToken ct) => svc.RespondAsync(id, input, ct))
            .WithName("RespondToSupervisionItem").WithSummary("Respond to a supervision item")
            .RequireAuthorization(P.WorkOrders.Assign);
        s.MapPost("/{id:guid}/close", (Guid id, ISupervisionAppService svc, CancellationToken ct) => svc.CloseAsync(id, ct))
            .WithName("CloseSupervisionItem").WithSummary("Close a supervision item")
            .RequireAuthorization(P.WorkOrders.Supervise);

        var sla = app.MapGroup("/api/sla-policies").WithTags("Supervision");
        sla.MapGet("/", (ISlaPolicyAppService svc, CancellationToken ct) => svc.GetListAsync(ct))
            .WithName("GetSlaPolicies").WithSummary("The SLA policies").RequireAuthorization(P.WorkOrders.Default);
        sla.MapPost("/", (CreateUpdateSlaPolicyDto input, ISlaPolicyAppService svc, CancellationToken ct) => svc.CreateAsync(input, ct))
            .WithName("CreateSlaPolicy").WithSummary("Create an SLA policy")
            .RequireAuthorization(P.WorkOrders.ManageSla);
        sla.MapPut("/{id:guid}", (Guid id, CreateUpdateSlaPolicyDto input, ISlaPolicyAppService svc, CancellationToken ct) => svc.UpdateAsync(id, input, ct))
            .WithName("UpdateSlaPolicy").WithSummary("Update an SLA policy")
            .RequireAuthorization(P.WorkOrders.ManageSla);

        var cal = app.MapGroup("/api/business-calendar").WithTags("Supervision");
        cal.MapGet("/", (IBusinessCalendarAppService svc, CancellationToken ct) => svc.GetAsync(ct))
            .WithName("GetBusinessCalendar").WithSummary("The business calendar: hours, holidays, make-up working days").RequireAuthorization(P.WorkOrders.Default);
        cal.MapPut("/", (UpdateBusinessCalendarDto input, IBusinessCalendarAppService svc, CancellationToken ct) => svc.UpdateAsync(input, ct))
            .WithName("SetBusinessCalendar").WithSummary("Replace the business calendar")
            .RequireAuthorization(P.WorkOrders.ManageSla);
        cal.MapGet("/status", ([FromQuery] DateTimeOffset? at, IBusinessCalendarAppService svc, CancellationToken ct) => svc.GetStatusAsync(at, ct))
            .WithName("GetBusinessHoursStatus").WithSummary("Whether the company is open now")
            .RequireAuthorization(P.WorkOrders.Default);
    }
}
