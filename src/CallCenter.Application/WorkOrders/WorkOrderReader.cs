using CallCenter.Calendars;
using CallCenter.Complaints;
using CallCenter.Contacts;
using CallCenter.Customers;
using CallCenter.Files;
using CallCenter.Repositories;
using CallCenter.Stations;

namespace CallCenter.WorkOrders;

/// <summary>Turns work orders into the board's rows and the detail view (SLA countdown computed at read time).</summary>
public sealed class WorkOrderReader(
    IRepository<WorkOrder> orders,
    IRepository<Household> households,
    IRepository<Station> stations,
    IRepository<StoredFile> storedFiles,
    IRepository<ComplaintEscalation> escalations,
    IAsyncQueryExecuter query,
    DispositionCatalog catalog,
    BusinessScheduleProvider schedules,
    Identity.UserDisplayNames people,
    TimeProvider time)
{
    public async Task<IReadOnlyList<WorkOrderListItemDto>> ToListItemsAsync(IReadOnlyList<WorkOrder> page, CancellationToken ct)
    {
        var schedule = await schedules.GetAsync(ct);
        var categories = await catalog.AllAsync(ct);
        var householdIds = page.Where(w => w.HouseholdId is not null).Select(w => w.HouseholdId).Distinct().ToList();
        var householdNames = (await query.ToListAsync(households.Query().Where(h => householdIds.Contains(h.Id)).Select(h => new { h.Id, h.Name }), ct))
            .ToDictionary(h => h.Id, h => h.Name);
        var stationIds = page.Select(w => w.StationId).Distinct().ToList();
        var stationNames = (await query.ToListAsync(stations.Query().Where(s => stationIds.Contains(s.Id)).Select(s => new { s.Id, s.Name }), ct))
            .ToDictionary(s => s.Id, s => s.Name);
        var ids = page.Select(w => (Guid?)w.Id).ToList();
        var parentIds = page.Where(w => w.ParentId is not null).Select(w => w.ParentId).Distinct().ToList();
        var childCounts = (await query.ToListAsync(orders.Query().Where(w => ids.Contains(w.ParentId)).GroupBy(w => w.ParentId)
            .Select(g => new { Id = g.Key, Count = g.Count() }), ct)).ToDictionary(c => c.Id!.Value, c => c.Count);
        var parentNumbers = (await query.ToListAsync(orders.Query().Where(w => parentIds.Contains(w.Id)).Select(w => new { w.Id, w.Number }), ct))
            .ToDictionary(p => p.Id, p => p.Number);
        var now = time.GetUtcNow();
        return page.Select(w =>
        {
            var category = categories.GetValueOrDefault(w.CategoryId);
            return new WorkOrderListItemDto(w.Id, w.Number, w.Type, w.Status, w.Priority, w.CategoryId, category?.Code ?? "",
                category is null ? "" : DispositionCatalog.PathOf(category, categories),
                w.HouseholdId, w.HouseholdId is { } h ? householdNames.GetValueOrDefault(h) : null, w.Location, w.CallerNumber,
                w.StationId, w.StationId is { } s ? stationNames.GetValueOrDefault(s) : null,
                w.AssignedTechnicianId, w.AssignedTechnicianName, w.FaultSymptom, w.CreationTime, Sla(w, schedule, now),
                w.ParentId, w.ParentId is { } p ? parentNumbers.GetValueOrDefault(p) : null, childCounts.GetValueOrDefault(w.Id),
                w.ComplaintLevel, (int)w.EscalationLevel);
        }).ToList();
    }

    public async Task<WorkOrderDto> ToDtoAsync(WorkOrder w, CancellationToken ct)
    {
        var schedule = await schedules.GetAsync(ct);
        var (code, path) = await catalog.DescribeAsync(w.CategoryId, ct);
        var household = w.HouseholdId is { } hid
            ? await query.FirstOrDefaultAsync(households.Query().Where(h => h.Id == hid).Select(h => new { h.Name, h.AccountNumber }), ct)
            : null;
        var stationName = w.StationId is { } sid ? await query.FirstOrDefaultAsync(stations.Query().Where(s => s.Id == sid).Select(s => s.Name), ct) : null;
        var parentNumber = w.ParentId is { } pid ? await query.FirstOrDefaultAsync(orders.Query().Where(o => o.Id == pid).Select(o => o.Number), ct) : null;
        var children = await query.ToListAsync(orders.Query().Where(o => o.ParentId == w.Id).OrderBy(o => o.Number)
            .Select(o => new WorkOrderChildDto(o.Id, o.Number, o.Status, o.HouseholdId, o.ContactName, o.Location)), ct);
        var photoRows = await query.ToListAsync(storedFiles.Query()
            .Where(p => p.OwnerId == w.Id && p.Kind == StoredFileKind.WorkOrderPhoto).OrderBy(p => p.CreationTime), ct);
        var escalationRows = await query.ToListAsync(escalations.Query().Where(e => e.WorkOrderId == w.Id).OrderBy(e => e.Time), ct);
        var names = await people.ByUserNameAsync(w.Transitions.Select(t => t.UserName).Concat(escalationRows.Select(e => e.UserName)), ct);
        string? NameOf(string? userName) => userName is null ? null : names.GetValueOrDefault(userName);
        return new WorkOrderDto(w.Id, w.Number, w.Type, w.Status, w.Priority, w.Urgency, w.Impact, w.CategoryId, code, path,
            w.HouseholdId, household?.Name, household?.AccountNumber, w.Location, w.CallerNumber, w.ContactName, w.ContactId,
            w.StationId, stationName, w.AssignedTechnicianId, w.AssignedTechnicianName, w.FaultSymptom, w.ReportedIndoorTempC,
            w.MeasuredIndoorTempC, w.Description, w.ResolutionNotes, w.CancelReason, w.ArrivalLatitude, w.ArrivalLongitude,
            w.CreationTime, w.AcceptedAt, w.ArrivedAt, w.ResolvedAt, w.ClosedAt, w.CustomerSatisfied, w.SignatureFileId is not null,
            Sla(w, schedule, time.GetUtcNow()), w.ParentId, parentNumber, w.ComplaintLevel, (int)w.EscalationLevel, w.WorkflowInstanceId,
            w.AllowedTriggers,
            w.Parts.Select(p => new WorkOrderPartDto(p.Name, p.Quantity, p.Unit)).ToList(),
            photoRows.Select(p => ToDto(p)).ToList(),
            w.Transitions.OrderBy(t => t.Time).ThenBy(t => t.Id)
                .Select(t => new WorkOrderTransitionDto(t.Id, t.From, t.To, t.Trigger, t.Reason, t.UserId, t.UserName, t.Time, NameOf(t.UserName))).ToList(),
            children,
            escalationRows.Select(e => ToDto(e) with { UserDisplayName = NameOf(e.UserName) }).ToList(),
            w.ConcurrencyStamp);
    }

    public static WorkOrderPhotoDto ToDto(StoredFile p) => new(p.Id, p.FileName, p.ContentType, p.SizeBytes, p.Width, p.Height,
        p.CreationTime, p.CreatorName, $"/api/work-orders/{p.OwnerId}/photos/{p.Id}");

    public static ComplaintEscalationDto ToDto(ComplaintEscalation e) =>
        new(e.Id, e.FromLevel, e.ToLevel, e.EscalationLevel, e.Reason, e.Time, e.UserName, e.DueAt);

    public static SlaInfoDto Sla(WorkOrder w, BusinessSchedule schedule, DateTimeOffset now)
    {
        var e = SlaCalculator.Evaluate(w.Status, w.Sla, schedule, now);
        return new SlaInfoDto(e.State, w.Sla.ResponseDueAt, w.Sla.ResolutionDueAt, e.CurrentDue, e.PercentUsed, w.Sla.WarningPercent,
            w.Sla.RoundTheClock, w.Sla.IsPaused, w.Sla.PausedAt);
    }
}
