using CallCenter.EntityFrameworkCore;
using CallCenter.Workflows.Stores;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CallCenter.Seeding;

/// <summary>Applies every pending migration, then seeds. Safe to run on every start-up and from several machines.</summary>
public sealed class DatabaseMigrator(CallCenterDbContext db, CallCenterDataSeeder seeder, ILogger<DatabaseMigrator> logger)
{
    public async Task MigrateAsync(int householdCount, bool demoData, CancellationToken ct = default)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        if (pending.Count > 0) logger.LogInformation("Applying {Count} migration(s): {Names}", pending.Count, string.Join(", ", pending));
        await db.Database.MigrateAsync(ct);
        // The workflow engine keeps its own schema and history table (ADR 0014).
        await WorkflowsDbContext.MigrateAsync(db.Database.GetConnectionString()!, ct);
        await seeder.SeedAsync(householdCount, demoData, ct);
    }
}
