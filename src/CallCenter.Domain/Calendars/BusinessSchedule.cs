namespace CallCenter.Calendars;

/// <summary>
/// Immutable arithmetic on business time: is it open, what deadline is N business hours after a moment, how much
/// business time lies between two moments. Days are cut in the calendar's zone; results are absolute instants.
/// <see cref="RoundTheClock"/> counts every minute (urgent orders).
/// </summary>
public sealed class BusinessSchedule
{
    private const int MinutesPerDay = 24 * 60;
    // Ten years of closed days means a calendar without any opening hours; refuse rather than loop forever.
    private const int MaxDaysScanned = 3660;

    private readonly Dictionary<DayOfWeek, (int Start, int End)[]> _weekly;
    private readonly Dictionary<DateOnly, (SpecialDayKind Kind, string Name, int? Start, int? End)> _special;

    public static BusinessSchedule RoundTheClock { get; } = new(TimeZoneInfo.Utc, Enum.GetValues<DayOfWeek>().Select(d => (d, 0, MinutesPerDay)), [], true);

    public BusinessSchedule(TimeZoneInfo zone, IEnumerable<(DayOfWeek Day, int StartMinute, int EndMinute)> weekly,
        IEnumerable<(DateOnly Date, SpecialDayKind Kind, string Name, int? StartMinute, int? EndMinute)> specialDays)
        : this(zone, weekly, specialDays, false) { }

    private BusinessSchedule(TimeZoneInfo zone, IEnumerable<(DayOfWeek Day, int StartMinute, int EndMinute)> weekly,
        IEnumerable<(DateOnly Date, SpecialDayKind Kind, string Name, int? StartMinute, int? EndMinute)> specialDays, bool roundTheClock)
    {
        Zone = zone;
        IsRoundTheClock = roundTheClock;
        _weekly = weekly.Where(p => p.EndMinute > p.StartMinute)
            .GroupBy(p => p.Day)
            .ToDictionary(g => g.Key, g => Merge(g.Select(p => (Math.Clamp(p.StartMinute, 0, MinutesPerDay), Math.Clamp(p.EndMinute, 0, MinutesPerDay)))));
        _special = specialDays.GroupBy(d => d.Date).ToDictionary(g => g.Key, g => g.Select(d => (d.Kind, d.Name, d.StartMinute, d.EndMinute)).First());
    }

    public TimeZoneInfo Zone { get; }
    public bool IsRoundTheClock { get; }

    /// <summary>The open intervals of one local date, as absolute instants, in order.</summary>
    public IReadOnlyList<(DateTimeOffset Start, DateTimeOffset End)> OpenIntervals(DateOnly localDate)
    {
        if (IsRoundTheClock) return [(ToInstant(localDate, 0), ToInstant(localDate, MinutesPerDay))];
        return LocalPeriods(localDate).Select(p => (ToInstant(localDate, p.Start), ToInstant(localDate, p.End))).ToList();
    }

    /// <summary>Name of the holiday on that local date, if it is one.</summary>
    public string? HolidayName(DateOnly localDate) =>
        _special.TryGetValue(localDate, out var s) && s.Kind == SpecialDayKind.Holiday ? s.Name : null;

    public DateOnly LocalDate(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, Zone).DateTime);

    public bool IsOpen(DateTimeOffset at) =>
        IsRoundTheClock || OpenIntervals(LocalDate(at)).Any(i => i.Start <= at && at < i.End);

    /// <summary>The instant <paramref name="businessTime"/> of open time after <paramref name="start"/>.</summary>
    public DateTimeOffset Add(DateTimeOffset start, TimeSpan businessTime)
    {
        if (businessTime <= TimeSpan.Zero || IsRoundTheClock) return start + (businessTime > TimeSpan.Zero ? businessTime : TimeSpan.Zero);
        var remaining = businessTime;
        var date = LocalDate(start);
        for (var day = 0; day < MaxDaysScanned; day++, date = date.AddDays(1))
        {
            foreach (var (open, close) in OpenIntervals(date))
            {
                if (close <= start) continue;
                var from = open > start ? open : start;
                var available = close - from;
                if (remaining <= available) return from + remaining;
                remaining -= available;
            }
        }
        throw new InvalidOperationException("The business calendar has no opening hours.");
    }

    /// <summary>Open time between two instants (zero when <paramref name="to"/> is not after <paramref name="from"/>).</summary>
    public TimeSpan BusinessTimeBetween(DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from) return TimeSpan.Zero;
        if (IsRoundTheClock) return to - from;
        var total = TimeSpan.Zero;
        var last = LocalDate(to);
        for (var date = LocalDate(from); date <= last; date = date.AddDays(1))
            foreach (var (open, close) in OpenIntervals(date))
            {
                var s = open > from ? open : from;
                var e = close < to ? close : to;
                if (e > s) total += e - s;
            }
        return total;
    }

    /// <summary>The next instant after <paramref name="at"/> at which the calendar opens or closes (null: never within a year).</summary>
    public DateTimeOffset? NextChange(DateTimeOffset at)
    {
        if (IsRoundTheClock) return null;
        var date = LocalDate(at).AddDays(-1);
        for (var day = 0; day < 370; day++, date = date.AddDays(1))
        {
            var intervals = OpenIntervals(date);
            foreach (var (open, close) in intervals)
            {
                if (open > at) return open;
                if (close > at) return close;
            }
        }
        return null;
    }

    private (int Start, int End)[] LocalPeriods(DateOnly date)
    {
        if (_special.TryGetValue(date, out var special))
        {
            if (special.Kind == SpecialDayKind.Holiday) return [];
            if (special is { Start: { } s, End: { } e } && e > s) return [(s, e)];
            return _weekly.GetValueOrDefault(DayOfWeek.Monday) ?? [];
        }
        return _weekly.GetValueOrDefault(date.DayOfWeek) ?? [];
    }

    private DateTimeOffset ToInstant(DateOnly date, int minute)
    {
        var local = date.ToDateTime(TimeOnly.MinValue).AddMinutes(minute);
        // UTC offset: PostgreSQL timestamptz (Npgsql) accepts only offset 0, and instants compare the same either way.
        return new DateTimeOffset(local, Zone.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>Overlapping or touching periods become one, so 08:00–12:00 + 12:00–17:00 counts as 08:00–17:00.</summary>
    private static (int Start, int End)[] Merge(IEnumerable<(int Start, int End)> periods)
    {
        var merged = new List<(int Start, int End)>();
        foreach (var p in periods.OrderBy(p => p.Start))
        {
            if (merged.Count > 0 && p.Start <= merged[^1].End)
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, p.End));
            else merged.Add(p);
        }
        return merged.ToArray();
    }
}
