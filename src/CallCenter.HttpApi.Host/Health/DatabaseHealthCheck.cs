using CallCenter.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CallCenter.Health;

/// <summary>Ready means the database answers and has every migration applied.</summary>
public sealed class DatabaseHealthCheck(CallCenterDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            if (!await db.Database.CanConnectAsync(ct)) return HealthCheckResult.Unhealthy("database unreachable");
            var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
            return pending.Count == 0
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy($"{pending.Count} migration(s) not applied; run the DbMigrator");
        }
        catch (Exception ex)
        {
            return HealthCheckResult.Unhealthy("database error", ex);
        }
    }
}
