using CallCenter.Calendars;
using CallCenter.Contacts;
using CallCenter.Customers;
using CallCenter.Identity;
using CallCenter.Repositories;
using CallCenter.Stations;
using CallCenter.WorkOrders;

namespace CallCenter.Auditing;

/// <summary>
/// The audit log stores ids (an order's HouseholdId, a contact's AgentId, the row's own entity id); people read names.
/// Given the ids of one page, finds each among the audited aggregates and the things they point at, and returns the
/// name a user knows it by: a household's or a person's name, "HR01 阳光换热站", an order's or contact's number, a
/// category's name. A supervision item is known by its order's number. Ids found nowhere (a removed row) are absent.
/// </summary>
public sealed class AuditReferenceNames(
    IRepository<AppUser> users,
    IRepository<Household> households,
    IRepository<Station> stations,
    IRepository<Department> departments,
    IRepository<Team> teams,
    IRepository<WorkOrder> orders,
    IRepository<ContactRecord> contacts,
    IRepository<DispositionNode> categories,
    IRepository<SupervisionItem> supervision,
    IRepository<BusinessCalendar> calendars,
    IAsyncQueryExecuter query)
{
    public async Task<IReadOnlyDictionary<Guid, string>> ResolveAsync(IEnumerable<Guid> ids, CancellationToken ct)
    {
        var list = ids.Distinct().ToList();
        var names = new Dictionary<Guid, string>();
        if (list.Count == 0) return names;
        async Task Add<T>(IQueryable<T> rows, Func<T, Guid> id, Func<T, string?> name)
        {
            foreach (var row in await query.ToListAsync(rows, ct))
                if (name(row) is { Length: > 0 } text) names.TryAdd(id(row), text);
        }
        await Add(users.Query().Where(u => list.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName }), r => r.Id, r => r.DisplayName);
        await Add(households.Query().Where(h => list.Contains(h.Id)).Select(h => new { h.Id, h.Name }), r => r.Id, r => r.Name);
        await Add(stations.Query().Where(s => list.Contains(s.Id)).Select(s => new { s.Id, s.Code, s.Name }), r => r.Id, r => $"{r.Code} {r.Name}");
        await Add(departments.Query().Where(d => list.Contains(d.Id)).Select(d => new { d.Id, d.Name }), r => r.Id, r => r.Name);
        await Add(teams.Query().Where(t => list.Contains(t.Id)).Select(t => new { t.Id, t.Name }), r => r.Id, r => r.Name);
        await Add(orders.Query().Where(o => list.Contains(o.Id)).Select(o => new { o.Id, o.Number }), r => r.Id, r => r.Number);
        await Add(contacts.Query().Where(c => list.Contains(c.Id)).Select(c => new { c.Id, c.Number }), r => r.Id, r => r.Number);
        await Add(categories.Query().Where(c => list.Contains(c.Id)).Select(c => new { c.Id, c.Name }), r => r.Id, r => r.Name);
        await Add(calendars.Query().Where(c => list.Contains(c.Id)).Select(c => new { c.Id, c.Name }), r => r.Id, r => r.Name);
        await Add(supervision.Query().Where(s => list.Contains(s.Id))
            .Join(orders.Query(), s => s.WorkOrderId, o => o.Id, (s, o) => new { s.Id, o.Number }), r => r.Id, r => r.Number);
        return names;
    }
}
