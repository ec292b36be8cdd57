using System.Linq.Expressions;
using CallCenter.Common;

namespace CallCenter.WorkOrders;

public sealed partial class WorkOrderAppService
{
    private static readonly Dictionary<string, Expression<Func<WorkOrder, object?>>> Sorts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["number"] = w => w.Number,
        ["creationTime"] = w => w.CreationTime,
        ["priority"] = w => w.Priority,
        ["status"] = w => w.Status,
        ["dueAt"] = w => w.Sla.ResolutionDueAt,
        ["responseDueAt"] = w => w.Sla.ResponseDueAt,
    };

    public async Task<PagedResultDto<WorkOrderListItemDto>> GetListAsync(GetWorkOrdersInput input, CancellationToken ct = default)
    {
        var q = Filter(orders.Query(), input, time.GetUtcNow());
        var total = await query.CountAsync(q, ct);
        var page = await query.ToListAsync(q.SortBy(input.Sort ?? "-creationTime", Sorts, "creationTime").ThenBy(w => w.Id).Skip(input.Skip).Take(input.Take), ct);
        return new PagedResultDto<WorkOrderListItemDto>(await reader.ToListItemsAsync(page, ct), total);
    }

    internal static IQueryable<WorkOrder> Filter(IQueryable<WorkOrder> q, GetWorkOrdersInput input, DateTimeOffset now)
    {
        // The unfiltered (but still scoped) set, for subqueries: referring to `q` after it is reassigned would make the
        // expression contain itself, and EF's compiler would overflow the stack and take the process down.
        var all = q;
        if (!string.IsNullOrWhiteSpace(input.Filter))
        {
            var f = input.Filter.Trim();
            q = q.Where(w => w.Number.Contains(f) || (w.ContactName != null && w.ContactName.Contains(f)) || (w.Location != null && w.Location.Contains(f))
                             || (w.CallerNumber != null && w.CallerNumber.EndsWith(f)));
        }
        if (input.StationId is { } station) q = q.Where(w => w.StationId == station);
        if (!string.IsNullOrWhiteSpace(input.Statuses))
        {
            var statuses = input.Statuses.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(s => Enum.TryParse<WorkOrderStatus>(s, true, out var v) ? v : (WorkOrderStatus?)null).Where(s => s is not null).Select(s => s!.Value).ToList();
            q = q.Where(w => statuses.Contains(w.Status));
        }
        if (input.Open == true) q = q.Where(w => w.Status != WorkOrderStatus.Closed && w.Status != WorkOrderStatus.Cancelled);
        if (input.Priority is { } priority) q = q.Where(w => w.Priority == priority);
        if (input.Type is { } type) q = q.Where(w => w.Type == type);
        if (input.TechnicianId is { } tech) q = q.Where(w => w.AssignedTechnicianId == tech);
        if (input.HouseholdId is { } household) q = q.Where(w => w.HouseholdId == household);
        if (input.CategoryId is { } category) q = q.Where(w => w.CategoryId == category);
        if (input.ParentId is { } parent) q = q.Where(w => w.ParentId == parent);
        if (input.MassIncidents == true) q = q.Where(w => all.Any(c => c.ParentId == w.Id));
        if (input.Breached == true)
            q = q.Where(w => w.Sla.PausedAt == null && (
                ((w.Status == WorkOrderStatus.Created || w.Status == WorkOrderStatus.DispatchedToStation || w.Status == WorkOrderStatus.Assigned
                  || w.Status == WorkOrderStatus.Reopened) && w.Sla.ResponseDueAt < now)
                || ((w.Status == WorkOrderStatus.Accepted || w.Status == WorkOrderStatus.EnRoute || w.Status == WorkOrderStatus.OnSite)
                    && w.Sla.ResolutionDueAt < now)));
        return q;
    }
}
