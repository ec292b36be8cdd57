using CallCenter.Interruptions;
using P = CallCenter.Permissions.CallCenterPermissions.Interruptions;

namespace CallCenter.Endpoints;

/// <summary>Heating interruptions dispatchers enter; the IVR reads the active ones to callers in the affected area.</summary>
public static class VoiceInterruptionEndpoints
{
    public static void MapVoiceInterruptionEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/interruptions").WithTags("Interruptions");
        group.MapGet("/", (bool? activeOnly, IHeatingInterruptionAppService svc, CancellationToken ct) => svc.GetListAsync(activeOnly ?? false, ct))
            .WithName("GetHeatingInterruptions").WithSummary("Heating interruptions")
            .RequireAuthorization(P.Default);
        group.MapGet("/{id:guid}", (Guid id, IHeatingInterruptionAppService svc, CancellationToken ct) => svc.GetAsync(id, ct))
            .WithName("GetHeatingInterruption").WithSummary("One heating interruption")
            .RequireAuthorization(P.Default);
        group.MapPost("/", async (CreateUpdateHeatingInterruptionDto input, IHeatingInterruptionAppService svc, CancellationToken ct) =>
            {
                var created = await svc.CreateAsync(input, ct);
                return TypedResults.Created($"/api/interruptions/{created.Id}", created);
            })
            .WithName("CreateHeatingInterruption").WithSummary("Announce a heating interruption")
            .RequireAuthorization(P.Edit);
        group.MapPut("/{id:guid}", (Guid id, CreateUpdateHeatingInterruptionDto input, IHeatingInterruptionAppService svc, CancellationToken ct) =>
                svc.UpdateAsync(id, input, ct))
            .WithName("UpdateHeatingInterruption").WithSummary("Update a heating interruption")
            .RequireAuthorization(P.Edit);
        group.MapPost("/{id:guid}/end", (Guid id, IHeatingInterruptionAppService svc, CancellationToken ct) => svc.EndAsync(id, ct))
            .WithName("EndHeatingInterruption").WithSummary("End a heating interruption (heat restored)")
            .RequireAuthorization(P.Edit);
    }
}
