using CallCenter.Calendars;
using CallCenter.Contacts;
using CallCenter.EntityFrameworkCore;
using CallCenter.WorkOrders;
using Microsoft.EntityFrameworkCore;

namespace CallCenter.Seeding.WorkOrders;

/// <summary>
/// Product configuration every installation needs — the disposition tree, SLA policies, the business calendar —
/// matched by natural keys (code; type+category+priority; calendar name), so re-runs add only what is missing
/// and never overwrite an administrator's edits.
/// </summary>
public sealed class WorkOrderSeeder(CallCenterDbContext db)
{
    /// <summary>(priority, response minutes, resolution minutes, round the clock) per type.</summary>
    public static readonly (WorkOrderType Type, WorkOrderPriority Priority, int Response, int Resolution, bool RoundTheClock)[] Policies =
    [
        (WorkOrderType.Repair, WorkOrderPriority.Urgent, 30, 4 * 60, true),
        (WorkOrderType.Repair, WorkOrderPriority.High, 2 * 60, 8 * 60, false),
        (WorkOrderType.Repair, WorkOrderPriority.Normal, 4 * 60, 16 * 60, false),
        (WorkOrderType.Repair, WorkOrderPriority.Low, 8 * 60, 40 * 60, false),
        (WorkOrderType.Complaint, WorkOrderPriority.Urgent, 60, 8 * 60, true),
        (WorkOrderType.Complaint, WorkOrderPriority.High, 2 * 60, 16 * 60, false),
        (WorkOrderType.Complaint, WorkOrderPriority.Normal, 4 * 60, 24 * 60, false),
        (WorkOrderType.Complaint, WorkOrderPriority.Low, 8 * 60, 40 * 60, false),
    ];

    public async Task SeedAsync(CancellationToken ct)
    {
        var nodes = await db.DispositionNodes.IgnoreQueryFilters().ToDictionaryAsync(n => n.Code, ct);
        foreach (var (code, name, parent, opens, urgency) in DispositionTreeSeed.All.Where(n => !nodes.ContainsKey(n.Code)))
        {
            var node = new DispositionNode
            {
                Code = code, Name = name, ParentId = parent is null ? null : nodes[parent].Id, OpensWorkOrderType = opens, DefaultUrgency = urgency,
                SortOrder = Array.FindIndex(DispositionTreeSeed.All, n => n.Code == code),
            };
            db.DispositionNodes.Add(node);
            nodes[code] = node;
        }
        var existing = await db.SlaPolicies.Where(p => p.CategoryId == null).Select(p => new { p.Type, p.Priority }).ToListAsync(ct);
        foreach (var p in Policies.Where(p => !existing.Any(e => e.Type == p.Type && e.Priority == p.Priority)))
            db.SlaPolicies.Add(new SlaPolicy
            {
                Type = p.Type, Priority = p.Priority, ResponseMinutes = p.Response, ResolutionMinutes = p.Resolution, RoundTheClock = p.RoundTheClock,
            });
        if (!await db.BusinessCalendars.AnyAsync(c => c.Name == BusinessCalendar.DefaultName, ct))
        {
            var calendar = new BusinessCalendar(BusinessCalendar.DefaultName, "Asia/Shanghai");
            // Weekdays 08:00–12:00 and 13:00–17:30; weekends closed (urgent orders run round the clock regardless).
            calendar.SetWorkingPeriods(new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }
                .SelectMany(d => new[] { (d, 8 * 60, 12 * 60), (d, 13 * 60, 17 * 60 + 30) }));
            calendar.SetSpecialDays(HolidaySeed.All());
            db.BusinessCalendars.Add(calendar);
        }
        await db.SaveChangesAsync(ct);
    }
}
