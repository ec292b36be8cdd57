using CallCenter.Common;
using CallCenter.Repositories;

namespace CallCenter.Auditing;

public sealed class AuditLogAppService(
    IRepository<AuditLog> logs,
    IAsyncQueryExecuter query,
    AuditReferenceNames references,
    Identity.UserDisplayNames people)
{
    public async Task<PagedResultDto<AuditLogDto>> GetListAsync(GetAuditLogsInput input, CancellationToken ct = default)
    {
        var q = logs.Query();
        if (!string.IsNullOrWhiteSpace(input.EntityType)) q = q.Where(l => l.EntityType == input.EntityType);
        if (!string.IsNullOrWhiteSpace(input.EntityId)) q = q.Where(l => l.EntityId == input.EntityId);
        if (!string.IsNullOrWhiteSpace(input.UserName)) q = q.Where(l => l.UserName == input.UserName);
        if (input.From is { } from) q = q.Where(l => l.Time >= from);
        if (input.To is { } to) q = q.Where(l => l.Time < to);
        var total = await query.CountAsync(q, ct);
        var page = await query.ToListAsync(q.OrderByDescending(l => l.Time).ThenByDescending(l => l.Id).Skip(input.Skip).Take(input.Take), ct);
        return new PagedResultDto<AuditLogDto>(await ToDtosAsync(page, ct), total);
    }

    /// <summary>The change history of one entity, newest first (the household page's timeline).</summary>
    public async Task<IReadOnlyList<AuditLogDto>> GetHistoryAsync(string entityType, Guid id, CancellationToken ct = default)
    {
        var key = id.ToString();
        var rows = await query.ToListAsync(logs.Query().Where(l => l.EntityType == entityType && l.EntityId == key)
            .OrderByDescending(l => l.Time).ThenByDescending(l => l.Id).Take(200), ct);
        return await ToDtosAsync(rows, ct);
    }

    /// <summary>Rows with the names of the ids they hold and of the people who acted, so no reader sees a GUID.</summary>
    private async Task<IReadOnlyList<AuditLogDto>> ToDtosAsync(IReadOnlyList<AuditLog> rows, CancellationToken ct)
    {
        var ids = rows.SelectMany(l => l.Changes.SelectMany(c => new[] { c.OldValue, c.NewValue }).Append(l.EntityId))
            .Select(v => Guid.TryParse(v, out var id) ? id : (Guid?)null).OfType<Guid>();
        var names = await references.ResolveAsync(ids, ct);
        var persons = await people.ByUserNameAsync(rows.Select(l => l.UserName), ct);
        string? NameOf(string? value) => Guid.TryParse(value, out var id) ? names.GetValueOrDefault(id) : null;
        return rows.Select(l => new AuditLogDto(l.Id, l.Time, l.UserId, l.UserName, l.EntityType, l.EntityId, l.Action,
            l.Changes.Select(c => new AuditChangeDto(c.Field, c.OldValue, c.NewValue, NameOf(c.OldValue), NameOf(c.NewValue))).ToList(),
            l.UserName is null ? null : persons.GetValueOrDefault(l.UserName),
            NameOf(l.EntityId))).ToList();
    }
}
