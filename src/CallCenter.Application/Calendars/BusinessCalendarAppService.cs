using System.Globalization;
using CallCenter.Errors;
using CallCenter.Exceptions;
using CallCenter.Repositories;
using CallCenter.Validation;
using CallCenter.Identity;
using CallCenter.WorkOrders;

namespace CallCenter.Calendars;

public sealed class BusinessCalendarAppService(
    IRepository<BusinessCalendar> calendars,
    IRepository<WorkOrder> orders,
    IAsyncQueryExecuter query,
    IUnitOfWork uow,
    BusinessScheduleProvider schedules,
    WorkOrderSignals signals,
    TimeProvider time) : IBusinessCalendarAppService
{
    public async Task<BusinessCalendarDto> GetAsync(CancellationToken ct = default) => ToDto(await LoadOrCreateAsync(ct));

    public async Task<BusinessCalendarDto> UpdateAsync(UpdateBusinessCalendarDto input, CancellationToken ct = default)
    {
        var calendar = await LoadOrCreateAsync(ct);
        if (input.ConcurrencyStamp is not null && input.ConcurrencyStamp != calendar.ConcurrencyStamp)
            throw new BusinessException(CallCenterErrorCodes.ConcurrencyConflict, "concurrencyStamp");
        var v = new FieldValidator();
        v.RequiredMax("name", input.Name, 64);
        v.ThrowIfInvalid();
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(input.TimeZone, out _))
            throw new BusinessException(WorkOrderErrorCodes.TimeZoneUnknown, "timeZone", input.TimeZone);
        var periods = input.WorkingHours.Select((h, i) =>
        {
            var (start, end) = (ParseMinute(h.Start, $"workingHours[{i}].start"), ParseMinute(h.End, $"workingHours[{i}].end"));
            if (end <= start) throw new BusinessException(WorkOrderErrorCodes.CalendarInvalid, $"workingHours[{i}].end", $"{h.Start}–{h.End}");
            return (h.Day, start, end);
        }).ToList();
        var days = input.SpecialDays.Select((d, i) => (d.Date, d.Kind, d.Name.Trim(),
            d.Start is null ? (int?)null : ParseMinute(d.Start, $"specialDays[{i}].start"),
            d.End is null ? (int?)null : ParseMinute(d.End, $"specialDays[{i}].end"))).ToList();
        var before = await schedules.GetAsync(ct);
        calendar.TimeZone = input.TimeZone;
        calendar.SetWorkingPeriods(periods);
        calendar.SetSpecialDays(days);
        var moved = await RescheduleOpenOrdersAsync(before, calendar.ToSchedule(), ct);
        await uow.SaveChangesAsync(ct); // the calendar and the moved deadlines in one transaction
        schedules.Invalidate();
        // Their flows wait on the old deadline: the change event makes WaitForWorkOrderState re-read and re-arm.
        await signals.ChangedAsync(moved, ct);
        return ToDto(calendar);
    }

    /// <summary>
    /// Deadlines are stored when an order starts its SLA; a holiday added later must still move them (ADR 0500,
    /// amendment): every open order on the calendar keeps its business-time budget, counted on the new calendar.
    /// Finished orders keep the deadlines they were measured against.
    /// </summary>
    private async Task<List<WorkOrder>> RescheduleOpenOrdersAsync(BusinessSchedule before, BusinessSchedule after, CancellationToken ct)
    {
        IReadOnlyList<WorkOrder> open;
        using (SystemAccess.Begin()) // every station's orders, whoever edits the calendar
            open = await query.ToListAsync(orders.Query().Where(w => w.Sla.StartedAt != null && !w.Sla.RoundTheClock
                && w.Status != WorkOrderStatus.Closed && w.Status != WorkOrderStatus.Cancelled), ct);
        return open.Where(o => o.IsOpen && !WorkOrderStateMachine.IsResolved(o.Status) && SlaCalculator.Reschedule(o.Sla, before, after)).ToList();
    }

    public async Task<BusinessHoursStatusDto> GetStatusAsync(DateTimeOffset? at = null, CancellationToken ct = default)
    {
        var schedule = await schedules.GetAsync(ct);
        var moment = at ?? time.GetUtcNow();
        return new BusinessHoursStatusDto(schedule.IsOpen(moment), moment, schedule.NextChange(moment),
            schedule.HolidayName(schedule.LocalDate(moment)), schedule.Zone.Id);
    }

    private async Task<BusinessCalendar> LoadOrCreateAsync(CancellationToken ct)
    {
        var calendar = await query.FirstOrDefaultAsync(calendars.QueryWithDetails().Where(c => c.Name == BusinessCalendar.DefaultName), ct);
        if (calendar is not null) return calendar;
        calendar = new BusinessCalendar(BusinessCalendar.DefaultName, "Asia/Shanghai");
        calendars.Add(calendar);
        return calendar;
    }

    /// <summary>"HH:mm" to minutes after midnight; "24:00" is the end of the day.</summary>
    public static int ParseMinute(string text, string field)
    {
        if (text == "24:00") return 24 * 60;
        if (TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)) return t.Hour * 60 + t.Minute;
        throw new BusinessException(WorkOrderErrorCodes.CalendarInvalid, field, text);
    }

    public static string FormatMinute(int minute) => $"{minute / 60:D2}:{minute % 60:D2}";

    private static BusinessCalendarDto ToDto(BusinessCalendar c) => new(c.Id, c.Name, c.TimeZone,
        c.WorkingPeriods.OrderBy(p => p.Day).ThenBy(p => p.StartMinute).Select(p => new WorkingHoursDto(p.Day, FormatMinute(p.StartMinute), FormatMinute(p.EndMinute))).ToList(),
        c.SpecialDays.OrderBy(d => d.Date).Select(d => new SpecialDayDto(d.Date, d.Kind, d.Name,
            d.StartMinute is { } s ? FormatMinute(s) : null, d.EndMinute is { } e ? FormatMinute(e) : null)).ToList(),
        c.ConcurrencyStamp);
}
