namespace CallCenter.Calendars;

public enum SpecialDayKind
{
    /// <summary>A public holiday: closed all day.</summary>
    Holiday,
    /// <summary>A weekend day made a working day (调休).</summary>
    WorkingDay,
}
