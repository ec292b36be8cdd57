using CallCenter.Repositories;
using CallCenter.ScreenPop;
using CallCenter.WorkOrders;

namespace CallCenter.Contacts;

/// <summary>
/// Fills the screen pop (the hottest endpoint) with the caller's last contacts and the households' open work orders:
/// at most two indexed, capped queries per call, none for orders when no household matched; category paths come
/// from the node-wide catalog cache, not the database.
/// </summary>
public sealed class WorkOrdersScreenPopContributor(
    IRepository<ContactRecord> contacts,
    IRepository<WorkOrder> orders,
    IAsyncQueryExecuter query,
    DispositionCatalog catalog) : IScreenPopContributor
{
    private const int MaxRows = 10;

    public async Task<IReadOnlyList<RecentContactDto>> RecentContactsAsync(string normalizedNumber, IReadOnlyList<Guid> householdIds, CancellationToken ct)
    {
        // No household matched (an unknown caller): the number alone, one range of the (caller_number, time) index.
        var ids = householdIds.Select(h => (Guid?)h).ToList();
        var q = ids.Count == 0
            ? contacts.Query().Where(c => c.CallerNumber == normalizedNumber)
            : contacts.Query().Where(c => c.CallerNumber == normalizedNumber || ids.Contains(c.HouseholdId));
        var rows = await query.ToListAsync(q.OrderByDescending(c => c.Time).Take(MaxRows), ct);
        var all = await catalog.AllAsync(ct);
        return rows.Select(c => new RecentContactDto(c.Id, c.Time, c.Channel.ToString(),
            all.TryGetValue(c.CategoryId, out var n) ? DispositionCatalog.PathOf(n, all) : null, c.Notes)).ToList();
    }

    public async Task<IReadOnlyList<OpenWorkOrderDto>> OpenWorkOrdersAsync(IReadOnlyList<Guid> householdIds, CancellationToken ct)
    {
        if (householdIds.Count == 0) return [];
        var ids = householdIds.Select(h => (Guid?)h).ToList();
        var rows = await query.ToListAsync(orders.Query()
            .Where(w => ids.Contains(w.HouseholdId) && w.Status != WorkOrderStatus.Closed && w.Status != WorkOrderStatus.Cancelled)
            .OrderByDescending(w => w.CreationTime).Take(MaxRows), ct);
        var all = await catalog.AllAsync(ct);
        return rows.Select(w => new OpenWorkOrderDto(w.Id, w.Number, w.Status.ToString(),
            all.TryGetValue(w.CategoryId, out var n) ? DispositionCatalog.PathOf(n, all) : null, w.CreationTime,
            SlaCalculator.CurrentDue(w.Status, w.Sla))).ToList();
    }
}
