using CallCenter.Entities;

namespace CallCenter.Calendars;

/// <summary>A public holiday (closed all day) or a 调休 working day (open with its own hours, else Monday's).</summary>
public sealed class SpecialDay : Entity
{
    public Guid CalendarId { get; private set; }
    public DateOnly Date { get; private set; }
    public SpecialDayKind Kind { get; private set; }
    public string Name { get; private set; } = "";
    public int? StartMinute { get; private set; }
    public int? EndMinute { get; private set; }

    private SpecialDay() { }

    public SpecialDay(Guid calendarId, DateOnly date, SpecialDayKind kind, string name, int? startMinute, int? endMinute)
    {
        CalendarId = calendarId;
        Date = date;
        Kind = kind;
        Name = name;
        StartMinute = startMinute;
        EndMinute = endMinute;
    }
}
