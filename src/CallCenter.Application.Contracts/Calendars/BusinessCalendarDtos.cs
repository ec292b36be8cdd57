namespace CallCenter.Calendars;

/// <summary>Opening hours of one weekday, local time "HH:mm"; a day may have several (morning, afternoon).</summary>
public sealed record WorkingHoursDto(DayOfWeek Day, string Start, string End);

/// <summary>A public holiday (closed) or a weekend working day (调休, open with the given or Monday's hours).</summary>
public sealed record SpecialDayDto(DateOnly Date, SpecialDayKind Kind, string Name, string? Start = null, string? End = null);

/// <summary>The company's business calendar: SLA deadlines count only its open time unless round the clock.</summary>
public sealed record BusinessCalendarDto(
    Guid Id, string Name, string TimeZone, IReadOnlyList<WorkingHoursDto> WorkingHours, IReadOnlyList<SpecialDayDto> SpecialDays, string ConcurrencyStamp);

public sealed record UpdateBusinessCalendarDto
{
    public string Name { get; init; } = "";
    public string TimeZone { get; init; } = "Asia/Shanghai";
    public IReadOnlyList<WorkingHoursDto> WorkingHours { get; init; } = [];
    public IReadOnlyList<SpecialDayDto> SpecialDays { get; init; } = [];
    public string? ConcurrencyStamp { get; init; }
}

/// <summary>Open or closed at a moment, and when that changes — what the IVR's business-hours check needs.</summary>
public sealed record BusinessHoursStatusDto(bool IsOpen, DateTimeOffset At, DateTimeOffset? NextChange, string? HolidayName, string TimeZone);
