using CallCenter.Entities;

namespace CallCenter.Calendars;

/// <summary>Open from <see cref="StartMinute"/> to <see cref="EndMinute"/> (minutes after local midnight, 1440 = 24:00) on a weekday.</summary>
public sealed class WorkingPeriod : Entity
{
    public Guid CalendarId { get; private set; }
    public DayOfWeek Day { get; private set; }
    public int StartMinute { get; private set; }
    public int EndMinute { get; private set; }

    private WorkingPeriod() { }

    public WorkingPeriod(Guid calendarId, DayOfWeek day, int startMinute, int endMinute)
    {
        CalendarId = calendarId;
        Day = day;
        StartMinute = startMinute;
        EndMinute = endMinute;
    }
}
