using CallCenter.Auditing;
using CallCenter.Permissions;

namespace CallCenter.Endpoints;

public static class AuditLogEndpoints
{
    public static void MapAuditLogEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/audit-logs", ([AsParameters] GetAuditLogsInput input, AuditLogAppService svc, CancellationToken ct) => svc.GetListAsync(input, ct))
            .WithName("GetAuditLogs").WithSummary("Search the audit log (field-level changes)")
            .WithTags("AuditLogs")
            .RequireAuthorization(CallCenterPermissions.AuditLogs.Default);
}
