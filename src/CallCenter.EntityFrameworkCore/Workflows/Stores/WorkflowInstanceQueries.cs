using Microsoft.EntityFrameworkCore;

namespace CallCenter.Workflows.Stores;

/// <summary>Read side for operators (the API's instance list); the runtime never uses it.</summary>
public sealed class WorkflowInstanceQueries(IDbContextFactory<WorkflowsDbContext> factory)
{
    public const int MaxPageSize = 200;

    public async Task<(IReadOnlyList<WorkflowInstanceSummary> Items, int Total)> ListAsync(WorkflowInstanceFilter filter, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var query = db.Instances.AsNoTracking();
        if (filter.DefinitionId is { Length: > 0 } d) query = query.Where(i => i.DefinitionId == d);
        if (filter.Status is { Length: > 0 } s) query = query.Where(i => i.Status == s);
        if (filter.CorrelationId is { Length: > 0 } c) query = query.Where(i => i.CorrelationId == c);
        // Half-open [from, to): the list's date range picker sends the start of the day after the last one it includes.
        if (filter.CreatedFrom is { } from) query = query.Where(i => i.CreatedAt >= from);
        if (filter.CreatedTo is { } to) query = query.Where(i => i.CreatedAt < to);
        if (filter.HasIncidents is { } incidents) query = incidents ? query.Where(i => i.IncidentCount > 0) : query.Where(i => i.IncidentCount == 0);
        var total = await query.CountAsync(ct);
        var size = Math.Clamp(filter.PageSize, 1, MaxPageSize);
        var items = await query.OrderByDescending(i => i.CreatedAt).ThenBy(i => i.Id)
            .Skip((Math.Max(filter.Page, 1) - 1) * size).Take(size)
            .Select(i => new WorkflowInstanceSummary(i.Id, i.DefinitionId, i.DefinitionVersion, i.Status, i.CorrelationId,
                i.ParentInstanceId, i.IncidentCount, i.CreatedAt, i.UpdatedAt, i.FinishedAt))
            .ToListAsync(ct);
        return (items, total);
    }

    public async Task<WorkflowInstanceSummary?> GetAsync(string id, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Instances.AsNoTracking().Where(i => i.Id == id)
            .Select(i => new WorkflowInstanceSummary(i.Id, i.DefinitionId, i.DefinitionVersion, i.Status, i.CorrelationId,
                i.ParentInstanceId, i.IncidentCount, i.CreatedAt, i.UpdatedAt, i.FinishedAt))
            .SingleOrDefaultAsync(ct);
    }
}
