using CallCenter.Workflows.Stores.Entities;
using Microsoft.EntityFrameworkCore;

namespace CallCenter.Workflows.Stores;

/// <summary>
/// The engine's own tables in schema "workflows", with their own migrations and history table, so the engine
/// migrates independently of the application's CallCenterDbContext.
/// </summary>
public sealed class WorkflowsDbContext(DbContextOptions<WorkflowsDbContext> options) : DbContext(options)
{
    public const string Schema = "workflows";
    public const string HistoryTable = "__workflows_migrations";

    public DbSet<WorkflowDefinitionRecord> Definitions => Set<WorkflowDefinitionRecord>();
    public DbSet<WorkflowInstanceRecord> Instances => Set<WorkflowInstanceRecord>();
    public DbSet<BookmarkRecord> Bookmarks => Set<BookmarkRecord>();
    public DbSet<TriggerIndexRecord> Triggers => Set<TriggerIndexRecord>();
    public DbSet<StimulusEntry> Stimuli => Set<StimulusEntry>();
    public DbSet<JournalRecord> Journal => Set<JournalRecord>();
    public DbSet<MaintenanceRecord> Maintenance => Set<MaintenanceRecord>();
    public DbSet<DefinitionTombstoneRecord> Tombstones => Set<DefinitionTombstoneRecord>();

    public static void Configure(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseNpgsql(connectionString, o => o.MigrationsHistoryTable(HistoryTable, Schema)).UseSnakeCaseNamingConvention();

    /// <summary>Applies the engine's migrations; the DbMigrator and the tests call this.</summary>
    public static async Task MigrateAsync(string connectionString, CancellationToken ct = default)
    {
        var builder = new DbContextOptionsBuilder<WorkflowsDbContext>();
        Configure(builder, connectionString);
        await using var db = new WorkflowsDbContext(builder.Options);
        await db.Database.MigrateAsync(ct);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(WorkflowsDbContext).Assembly,
            t => t.Namespace == typeof(WorkflowsDbContext).Namespace + ".Configurations");
    }
}
