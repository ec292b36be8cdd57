using CallCenter.Acd;
using CallCenter.Permissions;

namespace CallCenter.Endpoints;

/// <summary>The ACD's configuration (ADR 0600): queues (技能组), agents' extensions, skills and SIP passwords, settings.</summary>
public static class AcdConfigurationEndpoints
{
    public static void MapAcdConfigurationEndpoints(this IEndpointRouteBuilder app)
    {
        var queues = app.MapGroup("/api/acd/queues").WithTags("ACD");
        queues.MapGet("/", (IAcdQueueAppService svc, CancellationToken ct) => svc.GetListAsync(ct))
            .WithName("GetAcdQueues").WithSummary("List queues (技能组)")
            .RequireAuthorization(CallCenterPermissions.Acd.Default);
        queues.MapGet("/{id:guid}", (Guid id, IAcdQueueAppService svc, CancellationToken ct) => svc.GetAsync(id, ct))
            .WithName("GetAcdQueue").WithSummary("One queue")
            .RequireAuthorization(CallCenterPermissions.Acd.Default);
        queues.MapPost("/", async (CreateUpdateAcdQueueDto input, IAcdQueueAppService svc, CancellationToken ct) =>
            {
                var created = await svc.CreateAsync(input, ct);
                return TypedResults.Created($"/api/acd/queues/{created.Id}", created);
            })
            .WithName("CreateAcdQueue").WithSummary("Create a queue")
            .RequireAuthorization(CallCenterPermissions.Acd.ManageQueues);
        queues.MapPut("/{id:guid}", (Guid id, CreateUpdateAcdQueueDto input, IAcdQueueAppService svc, CancellationToken ct) =>
                svc.UpdateAsync(id, input, ct))
            .WithName("UpdateAcdQueue").WithSummary("Update a queue")
            .RequireAuthorization(CallCenterPermissions.Acd.ManageQueues);
        queues.MapDelete("/{id:guid}", async (Guid id, IAcdQueueAppService svc, CancellationToken ct) =>
            {
                await svc.DeleteAsync(id, ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteAcdQueue").WithSummary("Delete a queue (refused while another queue overflows to it)")
            .RequireAuthorization(CallCenterPermissions.Acd.ManageQueues);

        var settings = app.MapGroup("/api/acd/settings").WithTags("ACD");
        settings.MapGet("/", (IAcdQueueAppService svc, CancellationToken ct) => svc.GetSettingsAsync(ct))
            .WithName("GetAcdSettings").WithSummary("Not-ready reasons, recovery pause, misses before not-ready")
            .RequireAuthorization(CallCenterPermissions.Acd.Default);
        settings.MapPut("/", (AcdSettingsDto input, IAcdQueueAppService svc, CancellationToken ct) => svc.UpdateSettingsAsync(input, ct))
            .WithName("UpdateAcdSettings").WithSummary("Change the ACD-wide settings")
            .RequireAuthorization(CallCenterPermissions.Acd.ManageQueues);

        var agents = app.MapGroup("/api/acd/agents").WithTags("ACD");
        agents.MapGet("/", (IAcdAgentAppService svc, CancellationToken ct) => svc.GetListAsync(ct))
            .WithName("GetAcdAgents").WithSummary("Users who are agents, with extension and skills")
            .RequireAuthorization(CallCenterPermissions.Acd.Default);
        agents.MapGet("/{userId:guid}", (Guid userId, IAcdAgentAppService svc, CancellationToken ct) => svc.GetAsync(userId, ct))
            .WithName("GetAcdAgent").WithSummary("A user's agent profile (extension null: not an agent)")
            .RequireAuthorization(CallCenterPermissions.Acd.Default);
        agents.MapPut("/{userId:guid}", (Guid userId, UpdateAcdAgentDto input, IAcdAgentAppService svc, CancellationToken ct) =>
                svc.UpdateAsync(userId, input, ct))
            .WithName("UpdateAcdAgent").WithSummary("Set a user's extension, skills and whether they take calls")
            .RequireAuthorization(CallCenterPermissions.Acd.ManageAgents);
        agents.MapPost("/{userId:guid}/sip-password", (Guid userId, HttpContext http, IAcdAgentAppService svc, CancellationToken ct) =>
            {
                // The one response that carries the password: no cache or proxy may keep it.
                http.Response.Headers.CacheControl = "no-store";
                return svc.ResetSipPasswordAsync(userId, ct);
            })
            .WithName("ResetAcdAgentSipPassword").WithSummary("Generate a new SIP password: returned once, only its HA1s are stored")
            .RequireAuthorization(CallCenterPermissions.Acd.ManageAgents);
    }
}
