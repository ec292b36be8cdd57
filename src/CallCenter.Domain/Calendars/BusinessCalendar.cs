using CallCenter.Auditing;
using CallCenter.Entities;

namespace CallCenter.Calendars;

/// <summary>
/// The company's business calendar: weekly opening hours plus special days (public holidays closed, 调休 weekend
/// days open) in one time zone. SLA deadlines and the IVR's business-hours check read it through
/// <see cref="ToSchedule"/>.
/// </summary>
[Audited("BusinessCalendar")]
public sealed class BusinessCalendar : AuditedAggregateRoot
{
    public const string DefaultName = "default";

    private readonly List<WorkingPeriod> _workingPeriods = [];
    private readonly List<SpecialDay> _specialDays = [];

    public string Name { get; set; } = "";
    public string TimeZone { get; set; } = "Asia/Shanghai";
    public IReadOnlyList<WorkingPeriod> WorkingPeriods => _workingPeriods;
    public IReadOnlyList<SpecialDay> SpecialDays => _specialDays;

    private BusinessCalendar() { }

    public BusinessCalendar(string name, string timeZone)
    {
        Name = name;
        TimeZone = timeZone;
    }

    public void SetWorkingPeriods(IEnumerable<(DayOfWeek Day, int StartMinute, int EndMinute)> periods)
    {
        _workingPeriods.Clear();
        foreach (var (day, start, end) in periods.OrderBy(p => p.Day).ThenBy(p => p.StartMinute))
            _workingPeriods.Add(new WorkingPeriod(Id, day, start, end));
    }

    public void SetSpecialDays(IEnumerable<(DateOnly Date, SpecialDayKind Kind, string Name, int? StartMinute, int? EndMinute)> days)
    {
        _specialDays.Clear();
        foreach (var d in days.DistinctBy(d => d.Date).OrderBy(d => d.Date))
            _specialDays.Add(new SpecialDay(Id, d.Date, d.Kind, d.Name, d.StartMinute, d.EndMinute));
    }

    public BusinessSchedule ToSchedule() => new(
        TimeZoneInfo.FindSystemTimeZoneById(TimeZone),
        _workingPeriods.Select(p => (p.Day, p.StartMinute, p.EndMinute)),
        _specialDays.Select(d => (d.Date, d.Kind, d.Name, d.StartMinute, d.EndMinute)));
}
