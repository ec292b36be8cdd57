using CallCenter.Contacts;
using CallCenter.EntityFrameworkCore;
using CallCenter.WorkOrders;
using Microsoft.EntityFrameworkCore;

namespace CallCenter.Repositories;

/// <summary>
/// The screen pop's contacts and open orders, compiled once like <see cref="EfCallerLookup"/>: no expression tree is
/// built, hashed or parameter-extracted per call, and only the shown columns travel. The query filters (soft delete,
/// station scope) still apply — they read the context the query runs on.
/// </summary>
public sealed class EfCallerHistoryLookup(CallCenterDbContext db) : ICallerHistoryLookup
{
    // Uses the (caller_number, time) and (household_id, time) indexes; an unknown caller passes no household ids.
    private static readonly Func<CallCenterDbContext, string, Guid?[], int, IAsyncEnumerable<RecentContactRow>> Contacts =
        EF.CompileAsyncQuery((CallCenterDbContext context, string number, Guid?[] householdIds, int max) =>
            context.Contacts
                .Where(c => c.CallerNumber == number || householdIds.Contains(c.HouseholdId))
                .OrderByDescending(c => c.Time)
                .Take(max)
                .Select(c => new RecentContactRow(c.Id, c.Time, c.Channel, c.CategoryId, c.Notes)));

    private static readonly Func<CallCenterDbContext, Guid?[], int, IAsyncEnumerable<OpenWorkOrderRow>> Orders =
        EF.CompileAsyncQuery((CallCenterDbContext context, Guid?[] householdIds, int max) =>
            context.WorkOrders
                .Where(w => householdIds.Contains(w.HouseholdId)
                            && w.Status != WorkOrderStatus.Closed && w.Status != WorkOrderStatus.Cancelled)
                .OrderByDescending(w => w.CreationTime)
                .Take(max)
                .Select(w => new OpenWorkOrderRow(w.Id, w.Number, w.Status, w.CategoryId, w.CreationTime,
                    w.Sla.ResponseDueAt, w.Sla.ResolutionDueAt)));

    public Task<IReadOnlyList<RecentContactRow>> RecentContactsAsync(string normalizedNumber, IReadOnlyList<Guid> householdIds, int max, CancellationToken ct) =>
        ToListAsync(Contacts(db, normalizedNumber, AsNullable(householdIds), max), ct);

    public async Task<IReadOnlyList<OpenWorkOrderRow>> OpenWorkOrdersAsync(IReadOnlyList<Guid> householdIds, int max, CancellationToken ct) =>
        householdIds.Count == 0 ? [] : await ToListAsync(Orders(db, AsNullable(householdIds), max), ct);

    private static Guid?[] AsNullable(IReadOnlyList<Guid> ids)
    {
        var result = new Guid?[ids.Count];
        for (var i = 0; i < ids.Count; i++) result[i] = ids[i];
        return result;
    }

    private static async Task<IReadOnlyList<T>> ToListAsync<T>(IAsyncEnumerable<T> rows, CancellationToken ct)
    {
        var list = new List<T>();
        await foreach (var row in rows.WithCancellation(ct)) list.Add(row);
        return list;
    }
}
