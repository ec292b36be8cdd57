using CallCenter.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CallCenter.Seeding;

/// <summary>Applies every pending migration, then seeds. Safe to run on every start-up and from several machines.</summary>
public sealed class DatabaseMigrator(CallCenterDbContext db, CallCenterDataSeeder seeder, IServiceProvider services, ILogger<DatabaseMigrator> logger)
{
    public async Task MigrateAsync(int householdCount, bool demoData, CancellationToken ct = default)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        if (pending.Count > 0) logger.LogInformation("Applying {Count} migration(s): {Names}", pending.Count, string.Join(", ", pending));
        await db.Database.MigrateAsync(ct);
        foreach (var extra in ExtraMigrations) await extra(services, ct);
        await seeder.SeedAsync(householdCount, demoData, ct);
    }

    /// <summary>Other stores' migrations (the workflow engine's), registered by their owners.</summary>
    public static List<Func<IServiceProvider, CancellationToken, Task>> ExtraMigrations { get; } = [];
}
