using System.Globalization;
using CallCenter.Identity;
using CallCenter.Localization;
using CallCenter.Repositories;

namespace CallCenter.WorkOrders;

/// <summary>
/// Puts every open order past its running deadline (response before acceptance, resolution after) on the supervision
/// list (督办), whether or not a workflow watches it: orders made by hand, imported, or whose flow was cancelled break
/// their deadlines too, and the list is where supervisors look. One item per order and kind, ever: a flow's own
/// escalation raises the same item, and one a supervisor closed is not filed again.
/// </summary>
public sealed class SlaBreachSweep(
    IRepository<WorkOrder> orders,
    IRepository<SupervisionItem> supervision,
    IAsyncQueryExecuter query,
    IUnitOfWork uow,
    TimeProvider time)
{
    /// <summary>How many orders one pass files at most (the rest follow on the next pass).</summary>
    public const int BatchSize = 200;

    /// <returns>The number of items filed.</returns>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        // Every station's orders: the sweep is the system, not a signed-in user.
        using var _ = SystemAccess.Begin();
        var now = time.GetUtcNow();
        var breached = WorkOrderAppService.Filter(orders.Query(), new GetWorkOrdersInput { Breached = true }, now);
        // Orders already on the list for their deadline are left out in SQL; the exact kind is checked below.
        var candidates = await query.ToListAsync(breached
            .Where(w => !supervision.Query().Any(s => s.WorkOrderId == w.Id && s.Kind != SupervisionKind.Manual && s.Status != SupervisionStatus.Closed))
            .OrderBy(w => w.CreationTime).Take(BatchSize)
            .Select(w => new { w.Id, w.Type, w.Status, w.StationId, w.EscalationLevel }), ct);
        if (candidates.Count == 0) return 0;
        var ids = candidates.Select(c => c.Id).ToList();
        var filed = (await query.ToListAsync(supervision.Query().Where(s => ids.Contains(s.WorkOrderId)).Select(s => new { s.WorkOrderId, s.Kind }), ct))
            .Select(s => (s.WorkOrderId, s.Kind)).ToHashSet();
        var culture = CultureInfo.GetCultureInfo(L.DefaultCulture);
        var added = 0;
        foreach (var order in candidates)
        {
            var kind = order.Type == WorkOrderType.Complaint ? SupervisionKind.ComplaintOverdue
                : WorkOrderStateMachine.AwaitsResponse(order.Status) ? SupervisionKind.ResponseOverdue
                : SupervisionKind.ResolutionOverdue;
            if (!filed.Add((order.Id, kind))) continue;
            added++;
            supervision.Add(new SupervisionItem(order.Id, kind, L.Get("Supervision:" + kind, culture), order.StationId,
                L.Get("Supervision:ResponseRequired", culture), null, (int)order.EscalationLevel));
        }
        if (added > 0) await uow.SaveChangesAsync(ct);
        return added;
    }
}
