using CallCenter.Auditing;
using CallCenter.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CallCenter.Workflows.Designer;

/// <summary>Definition edits as rows of the product's audit log (entity type "WorkflowDefinition"), so they also show on the audit page.</summary>
public sealed class AuditLogWorkflowEditLog(CallCenterDbContext db, TimeProvider time) : IWorkflowEditLog
{
    public const string EntityType = "WorkflowDefinition";

    public async Task RecordAsync(string definitionId, WorkflowEditKind kind, int? version, CancellationToken ct)
    {
        db.AuditLogs.Add(new AuditLog
        {
            Time = time.GetUtcNow(),
            UserId = db.CurrentUser.Id,
            UserName = db.CurrentUser.UserName,
            EntityType = EntityType,
            EntityId = definitionId,
            Action = kind switch
            {
                WorkflowEditKind.Deleted => AuditAction.Deleted,
                WorkflowEditKind.Imported or WorkflowEditKind.Duplicated => AuditAction.Created,
                _ => AuditAction.Updated,
            },
            Changes = [new AuditChange("Event", null, kind.ToString()), new AuditChange("Version", null, version?.ToString())],
        });
        await db.SaveChangesAsync(ct);
    }

    public async Task<IReadOnlyDictionary<string, WorkflowEdit>> LatestAsync(IReadOnlyCollection<string> definitionIds, CancellationToken ct)
    {
        if (definitionIds.Count == 0) return new Dictionary<string, WorkflowEdit>();
        var ids = definitionIds.ToList();
        var rows = await db.AuditLogs.AsNoTracking()
            .Where(l => l.EntityType == EntityType && ids.Contains(l.EntityId))
            .GroupBy(l => l.EntityId)
            .Select(g => g.OrderByDescending(l => l.Time).First())
            .ToListAsync(ct);
        return rows.ToDictionary(r => r.EntityId,
            r => new WorkflowEdit(r.EntityId, r.UserName, r.Time, r.Changes.FirstOrDefault(c => c.Field == "Event")?.NewValue ?? r.Action.ToString()));
    }
}
