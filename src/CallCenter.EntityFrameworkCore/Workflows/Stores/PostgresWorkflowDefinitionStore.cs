using CallCenter.Workflows.Models;
using CallCenter.Workflows.Runtime;
using CallCenter.Workflows.Stores.Entities;
using Microsoft.EntityFrameworkCore;

namespace CallCenter.Workflows.Stores;

/// <summary>Definition versions and the trigger index through EF Core; publishing is one transaction.</summary>
public sealed class PostgresWorkflowDefinitionStore(IDbContextFactory<WorkflowsDbContext> factory, TimeProvider time, WorkflowsDataSource source)
    : IWorkflowDefinitionStore
{
    public Task<WorkflowDefinition?> GetPublishedAsync(string definitionId, CancellationToken ct) =>
        FindAsync(d => d.DefinitionId == definitionId && d.IsPublished, ct);

    /// <summary>On every start: one prepared statement on the engine's data source rather than an EF query.</summary>
    public async Task<int?> GetPublishedVersionAsync(string definitionId, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        await using var command = source.DataSource.CreateCommand(
            "SELECT version FROM workflows.definitions WHERE definition_id = @id AND is_published");
        command.Parameters.AddWithValue("id", definitionId);
        // Never cancelled in flight: see PostgresWorkflowInstanceStore.InFlight.
        return await command.ExecuteScalarAsync(PostgresWorkflowInstanceStore.InFlight) is int version ? version : null;
    }

    public Task<WorkflowDefinition?> GetVersionAsync(string definitionId, int version, CancellationToken ct) =>
        FindAsync(d => d.DefinitionId == definitionId && d.Version == version, ct);

    public Task<WorkflowDefinition?> GetLatestAsync(string definitionId, CancellationToken ct) =>
        FindAsync(d => d.DefinitionId == definitionId && d.IsLatest, ct);

    public async Task<IReadOnlyList<WorkflowDefinition>> ListLatestAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = await db.Definitions.AsNoTracking().Where(d => d.IsLatest).OrderBy(d => d.DefinitionId).ToListAsync(ct);
        return rows.Select(ToModel).ToList();
    }

    public async Task<IReadOnlyList<WorkflowDefinition>> ListVersionsAsync(string definitionId, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = await db.Definitions.AsNoTracking().Where(d => d.DefinitionId == definitionId).OrderByDescending(d => d.Version).ToListAsync(ct);
        return rows.Select(ToModel).ToList();
    }

    public async Task<WorkflowDefinition> SaveDraftAsync(WorkflowDefinition definition, string contentHash, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var latest = await db.Definitions.Where(d => d.DefinitionId == definition.DefinitionId && d.IsLatest).SingleOrDefaultAsync(ct);
        WorkflowDefinitionRecord row;
        if (latest is not null && !latest.IsPublished)
            row = latest;
        else
        {
            if (latest is not null) latest.IsLatest = false;
            row = new WorkflowDefinitionRecord
            {
                Id = Guid.CreateVersion7().ToString(),
                DefinitionId = definition.DefinitionId,
                Version = (latest?.Version ?? await LastDeletedVersionAsync(db, definition.DefinitionId, ct)) + 1,
                IsLatest = true,
                CreatedAt = time.GetUtcNow(),
            };
            db.Definitions.Add(row);
        }
        var copy = WorkflowJson.ParseDefinition(WorkflowJson.Serialize(definition));
        copy.Id = row.Id;
        copy.Version = row.Version;
        copy.IsLatest = true;
        copy.IsPublished = false;
        row.Name = definition.Name;
        row.Description = definition.Description;
        row.ContentHash = contentHash;
        row.Json = WorkflowJson.Serialize(copy);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return copy;
    }

    /// <summary>0, or the last version of a deleted definition with this id: version numbers are never reused.</summary>
    private static async Task<int> LastDeletedVersionAsync(WorkflowsDbContext db, string definitionId, CancellationToken ct) =>
        await db.Tombstones.Where(t => t.DefinitionId == definitionId).Select(t => (int?)t.LastVersion).SingleOrDefaultAsync(ct) ?? 0;

    public async Task<WorkflowDefinition> PublishAsync(string definitionId, int version, IReadOnlyList<TriggerRecord> triggers, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var rows = await db.Definitions.Where(d => d.DefinitionId == definitionId).ToListAsync(ct);
        var target = rows.Single(r => r.Version == version);
        foreach (var r in rows.Where(r => r.IsPublished && r != target)) r.IsPublished = false;
        // Unpublish first and flush, so the one-published unique index never sees two at once.
        await db.SaveChangesAsync(ct);
        target.IsPublished = true;
        target.PublishedAt = time.GetUtcNow();
        await db.Triggers.Where(t => t.DefinitionId == definitionId).ExecuteDeleteAsync(ct);
        db.Triggers.AddRange(triggers.Select(t => new TriggerIndexRecord
        {
            DefinitionId = t.DefinitionId,
            Version = t.Version,
            ActivityId = t.ActivityId,
            Name = t.Name,
            Hash = t.Hash,
            Payload = t.Payload?.ToJsonString(),
            DueAt = t.DueAt,
        }));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return ToModel(target);
    }

    public async Task UnpublishAsync(string definitionId, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.Definitions.Where(d => d.DefinitionId == definitionId && d.IsPublished).ExecuteUpdateAsync(u => u.SetProperty(d => d.IsPublished, false), ct);
        await db.Triggers.Where(t => t.DefinitionId == definitionId).ExecuteDeleteAsync(ct);
        await tx.CommitAsync(ct);
    }

    public async Task<string?> GetPublishedContentHashAsync(string definitionId, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Definitions.Where(d => d.DefinitionId == definitionId && d.IsPublished).Select(d => d.ContentHash).SingleOrDefaultAsync(ct);
    }

    public async Task<IReadOnlyList<TriggerRecord>> FindTriggersAsync(string hash, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = await db.Triggers.AsNoTracking().Where(t => t.Hash == hash).ToListAsync(ct);
        return rows.Select(ToModel).ToList();
    }

    public async Task<IReadOnlyList<TriggerRecord>> GetTriggersAsync(string definitionId, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = await db.Triggers.AsNoTracking().Where(t => t.DefinitionId == definitionId).OrderBy(t => t.Id).ToListAsync(ct);
        return rows.Select(ToModel).ToList();
    }

    public async Task<TriggerRecord?> GetTriggerAsync(long triggerId, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var row = await db.Triggers.AsNoTracking().SingleOrDefaultAsync(t => t.Id == triggerId, ct);
        return row is null ? null : ToModel(row);
    }

    public async Task<bool> AdvanceTriggerAsync(long triggerId, DateTimeOffset expectedDue, DateTimeOffset? nextDue, CancellationToken ct)
    {
        // One conditional UPDATE: the row lock makes the second of two racing firings see the moved due_at and lose.
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Triggers.Where(t => t.Id == triggerId && t.DueAt == expectedDue)
            .ExecuteUpdateAsync(u => u.SetProperty(t => t.DueAt, nextDue).SetProperty(t => t.JobId, (string?)null), ct) == 1;
    }

    public async Task SetTriggerJobAsync(long triggerId, DateTimeOffset dueAt, string jobId, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        await db.Triggers.Where(t => t.Id == triggerId && t.DueAt == dueAt).ExecuteUpdateAsync(u => u.SetProperty(t => t.JobId, jobId), ct);
    }

    public async Task<IReadOnlyList<TriggerRecord>> UnscheduledTriggersAsync(int max, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = await db.Triggers.AsNoTracking().Where(t => t.DueAt != null && t.JobId == null).OrderBy(t => t.Id).Take(max).ToListAsync(ct);
        return rows.Select(ToModel).ToList();
    }

    private static TriggerRecord ToModel(TriggerIndexRecord t) =>
        new(t.DefinitionId, t.Version, t.ActivityId, t.Name, t.Hash, t.Payload is null ? null : System.Text.Json.Nodes.JsonNode.Parse(t.Payload)?.AsObject())
        {
            Id = t.Id,
            DueAt = t.DueAt,
            JobId = t.JobId,
        };

    private async Task<WorkflowDefinition?> FindAsync(System.Linq.Expressions.Expression<Func<WorkflowDefinitionRecord, bool>> predicate, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var row = await db.Definitions.AsNoTracking().Where(predicate).FirstOrDefaultAsync(ct);
        return row is null ? null : ToModel(row);
    }

    private static WorkflowDefinition ToModel(WorkflowDefinitionRecord row)
    {
        var definition = WorkflowJson.ParseDefinition(row.Json);
        definition.Id = row.Id;
        definition.Version = row.Version;
        definition.IsLatest = row.IsLatest;
        definition.IsPublished = row.IsPublished;
        return definition;
    }
}
