using CallCenter.ScreenPop;

namespace CallCenter.Contacts;

/// <summary>
/// Fills the screen pop (the hottest endpoint) with the caller's last contacts and the households' open work orders:
/// at most two indexed, capped, precompiled queries per call (<see cref="ICallerHistoryLookup"/>), none for orders
/// when no household matched; category paths come from the node-wide catalog cache, not the database.
/// </summary>
public sealed class WorkOrdersScreenPopContributor(ICallerHistoryLookup history, DispositionCatalog catalog) : IScreenPopContributor
{
    private const int MaxRows = 10;

    public async Task<IReadOnlyList<RecentContactDto>> RecentContactsAsync(string normalizedNumber, IReadOnlyList<Guid> householdIds, CancellationToken ct)
    {
        var rows = await history.RecentContactsAsync(normalizedNumber, householdIds, MaxRows, ct);
        if (rows.Count == 0) return [];
        var all = await catalog.AllAsync(ct);
        return rows.Select(c => new RecentContactDto(c.Id, c.Time, c.Channel.ToString(),
            all.TryGetValue(c.CategoryId, out var n) ? DispositionCatalog.PathOf(n, all) : null, c.Notes)).ToList();
    }

    public async Task<IReadOnlyList<OpenWorkOrderDto>> OpenWorkOrdersAsync(IReadOnlyList<Guid> householdIds, CancellationToken ct)
    {
        var rows = await history.OpenWorkOrdersAsync(householdIds, MaxRows, ct);
        if (rows.Count == 0) return [];
        var all = await catalog.AllAsync(ct);
        return rows.Select(w => new OpenWorkOrderDto(w.Id, w.Number, w.Status.ToString(),
            all.TryGetValue(w.CategoryId, out var n) ? DispositionCatalog.PathOf(n, all) : null, w.CreationTime,
            w.CurrentDue)).ToList();
    }
}
