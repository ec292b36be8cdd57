using CallCenter.Calendars;
using CallCenter.Contacts;
using CallCenter.EntityFrameworkCore;
using CallCenter.WorkOrders;
using Microsoft.EntityFrameworkCore;

namespace CallCenter.Seeding.WorkOrders;

/// <summary>
/// A handful of demo contacts and work orders across the statuses for stations HR01 and HR02, so the board,
/// the technician's phone and the supervision list show something on first start. Numbered WO-DEMO-nnnn and
/// skipped when present (idempotent).
/// </summary>
public sealed class DemoWorkOrderSeeder(CallCenterDbContext db, TimeProvider time)
{
    private static readonly (string Number, string Category, string Station, WorkOrderStatus Status, string Symptom, string? Tech)[] Demo =
    [
        ("WO-DEMO-0001", "BX-BR", "HR01", WorkOrderStatus.DispatchedToStation, "暖气片上热下凉，室温 14 度", null),
        ("WO-DEMO-0002", "BX-LS", "HR01", WorkOrderStatus.Assigned, "卫生间暖气接口漏水", "tech1"),
        ("WO-DEMO-0003", "BX-BR", "HR01", WorkOrderStatus.Accepted, "整屋不热，室温 12 度", "tech1"),
        ("WO-DEMO-0004", "BX-FM", "HR01", WorkOrderStatus.OnSite, "入户阀门拧不动", "tech1"),
        ("WO-DEMO-0005", "BX-ZS", "HR01", WorkOrderStatus.Resolved, "管道有流水声", "tech1"),
        ("WO-DEMO-0006", "BX-BR", "HR02", WorkOrderStatus.Assigned, "新换暖气片不热", "tech2"),
        ("WO-DEMO-0007", "BX-TR", "HR02", WorkOrderStatus.Created, "单元整体停热", null),
        ("WO-DEMO-0008", "TS-YS", "HR01", WorkOrderStatus.DispatchedToStation, "报修三天无人上门", null),
    ];

    public async Task SeedAsync(CancellationToken ct)
    {
        var existing = await db.WorkOrders.IgnoreQueryFilters().Where(w => w.Number.StartsWith("WO-DEMO-")).Select(w => w.Number).ToListAsync(ct);
        var todo = Demo.Where(d => !existing.Contains(d.Number)).ToList();
        if (todo.Count == 0) return;
        var categories = await db.DispositionNodes.ToDictionaryAsync(n => n.Code, ct);
        var stations = await db.Stations.ToDictionaryAsync(s => s.Code, s => s.Id, ct);
        var users = await db.Users.ToDictionaryAsync(u => u.UserName!, ct);
        var policies = await db.SlaPolicies.Where(p => p.CategoryId == null).ToListAsync(ct);
        var calendar = await db.BusinessCalendars.Include(c => c.WorkingPeriods).Include(c => c.SpecialDays).FirstAsync(ct);
        var schedule = calendar.ToSchedule();
        var now = time.GetUtcNow();
        foreach (var (d, i) in todo.Select((d, i) => (d, i)))
        {
            var stationId = stations[d.Station];
            var household = await db.Households.Include(h => h.Phones).Where(h => h.StationId == stationId).OrderBy(h => h.AccountNumber)
                .Skip(i).FirstOrDefaultAsync(ct);
            var category = categories[d.Category];
            var type = category.OpensWorkOrderType ?? WorkOrderType.Repair;
            var (urgency, priority) = PriorityMatrix.Compute(category.DefaultUrgency ?? Urgency.Medium, Impact.Household,
                household?.CareFlags ?? Customers.CareFlags.None, type);
            var order = new WorkOrder(d.Number, type, category.Id, urgency, Impact.Household, priority, household?.Id);
            order.RecordReport(new WorkOrderReport(CallerNumber: household?.PrimaryPhone?.Number, ContactName: household?.Name,
                Location: household?.Address.ToString(), Community: household?.Community, Building: household?.Building, FaultSymptom: d.Symptom));
            order.SetStation(stationId);
            // Started a little while ago so the countdowns show different colours.
            var started = now.AddHours(-(i + 1) * 1.5);
            SlaCalculator.Start(order.Sla, policies.FirstOrDefault(p => p.Type == type && p.Priority == priority), schedule, started);
            var tech = d.Tech is null ? null : users[d.Tech];
            foreach (var trigger in PathTo(d.Status))
            {
                order.Fire(trigger, null, null, "seed", started);
                if (trigger == WorkOrderTrigger.Assign && tech is not null) order.AssignTo(tech.Id, tech.DisplayName);
            }
            db.WorkOrders.Add(order);
            db.Contacts.Add(new ContactRecord(d.Number.Replace("WO-", "CT-"), started, ContactChannel.Phone, household?.Id, stationId,
                household?.PrimaryPhone?.Number, category.Id, users["agent"].Id, users["agent"].DisplayName, null) { WorkOrderId = order.Id, Notes = d.Symptom });
        }
        await db.SaveChangesAsync(ct);
    }

    private static IEnumerable<WorkOrderTrigger> PathTo(WorkOrderStatus status)
    {
        WorkOrderTrigger[] path = [WorkOrderTrigger.Dispatch, WorkOrderTrigger.Assign, WorkOrderTrigger.Accept, WorkOrderTrigger.StartTravel,
            WorkOrderTrigger.Arrive, WorkOrderTrigger.Resolve];
        var steps = status switch
        {
            WorkOrderStatus.Created => 0, WorkOrderStatus.DispatchedToStation => 1, WorkOrderStatus.Assigned => 2, WorkOrderStatus.Accepted => 3,
            WorkOrderStatus.EnRoute => 4, WorkOrderStatus.OnSite => 5, _ => 6,
        };
        return path.Take(steps);
    }
}
