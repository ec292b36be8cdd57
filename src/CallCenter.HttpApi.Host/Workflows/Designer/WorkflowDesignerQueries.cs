using CallCenter.Workflows.Execution;
using CallCenter.Workflows.Stores;
using CallCenter.Workflows.Stores.Entities;
using Microsoft.EntityFrameworkCore;

namespace CallCenter.Workflows.Designer;

/// <summary>What the designer's list needs beyond the engine's store: version summary per definition, live instance counts, delete.</summary>
public sealed class WorkflowDesignerQueries(IDbContextFactory<WorkflowsDbContext> factory, TimeProvider time)
{
    /// <summary>Statuses of an instance that is not over: it may still run activities of its pinned version.</summary>
    private static readonly string[] Live = [nameof(WorkflowStatus.Running), nameof(WorkflowStatus.Suspended)];

    public async Task<IReadOnlyList<WorkflowListItem>> ListAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var versions = await db.Definitions.AsNoTracking()
            .Select(d => new { d.DefinitionId, d.Version, d.Name, d.Description, d.IsLatest, d.IsPublished, d.CreatedAt, d.PublishedAt })
            .ToListAsync(ct);
        var live = await db.Instances.AsNoTracking().Where(i => Live.Contains(i.Status))
            .GroupBy(i => i.DefinitionId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        return versions.GroupBy(v => v.DefinitionId).Select(g =>
            {
                var latest = g.Single(v => v.IsLatest);
                var published = g.FirstOrDefault(v => v.IsPublished);
                return new WorkflowListItem(g.Key, latest.Name, latest.Description, latest.Version, published?.Version,
                    latest.IsPublished, latest.CreatedAt, published?.PublishedAt, live.GetValueOrDefault(g.Key), null, null);
            })
            .OrderBy(x => x.DefinitionId, StringComparer.Ordinal)
            .ToList();
    }

    public async Task<bool> ExistsAsync(string definitionId, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Definitions.AnyAsync(d => d.DefinitionId == definitionId, ct);
    }

    public async Task<int> LiveInstanceCountAsync(string definitionId, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Instances.CountAsync(i => i.DefinitionId == definitionId && Live.Contains(i.Status), ct);
    }

    /// <summary>
    /// Removes every version and the trigger index in one transaction, unless an instance is still running or waiting
    /// (it would lose its definition). Finished instances keep their rows and journal for the record. The highest version
    /// is kept as a tombstone, so a definition created again under this id never reuses a version number.
    /// </summary>
    public async Task<DeleteOutcome> DeleteAsync(string definitionId, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, ct);
        var last = await db.Definitions.Where(d => d.DefinitionId == definitionId).MaxAsync(d => (int?)d.Version, ct);
        if (last is null) return DeleteOutcome.NotFound;
        if (await db.Instances.AnyAsync(i => i.DefinitionId == definitionId && Live.Contains(i.Status), ct)) return DeleteOutcome.InstancesRunning;
        await db.Triggers.Where(t => t.DefinitionId == definitionId).ExecuteDeleteAsync(ct);
        await db.Definitions.Where(d => d.DefinitionId == definitionId).ExecuteDeleteAsync(ct);
        var tombstone = await db.Tombstones.FindAsync([definitionId], ct);
        if (tombstone is null) db.Tombstones.Add(tombstone = new DefinitionTombstoneRecord { DefinitionId = definitionId });
        tombstone.LastVersion = last.Value;
        tombstone.DeletedAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return DeleteOutcome.Deleted;
    }
}
