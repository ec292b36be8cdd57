namespace CallCenter.Workflows.Scheduling;

/// <summary>
/// Five-field cron (minute hour day-of-month month day-of-week, UTC) with *, lists, ranges and steps, or six fields
/// with a leading seconds field (as Elsa 3 and Quartz accept). Written here rather than taken from a package because
/// the engine core stays free of scheduler dependencies.
/// </summary>
public sealed class CronExpression
{
    private readonly bool[] _seconds = new bool[60], _minutes = new bool[60], _hours = new bool[24], _days = new bool[32], _months = new bool[13], _weekdays = new bool[7];
    private bool _anyDay, _anyWeekday;

    private CronExpression() { }

    public static CronExpression Parse(string text)
    {
        var fields = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length is not (5 or 6)) throw new FormatException($"'{text}' is not a five- or six-field cron expression.");
        var cron = new CronExpression();
        if (fields.Length == 6) Fill(fields[0], cron._seconds, 0, 59);
        else cron._seconds[0] = true;
        fields = fields[^5..];
        Fill(fields[0], cron._minutes, 0, 59);
        Fill(fields[1], cron._hours, 0, 23);
        Fill(fields[2], cron._days, 1, 31);
        Fill(fields[3], cron._months, 1, 12);
        Fill(fields[4].Replace('7', '0'), cron._weekdays, 0, 6);
        cron._anyDay = fields[2] == "*";
        cron._anyWeekday = fields[4] == "*";
        return cron;
    }

    /// <summary>The first matching second (minute, for five fields) strictly after <paramref name="after"/>.</summary>
    public DateTimeOffset Next(DateTimeOffset after)
    {
        var u = after.UtcDateTime;
        var t = new DateTimeOffset(u.Year, u.Month, u.Day, u.Hour, u.Minute, u.Second, TimeSpan.Zero).AddSeconds(1);
        var limit = t.AddYears(5);
        while (t < limit)
        {
            if (!_months[t.Month]) { t = new DateTimeOffset(t.Year, t.Month, 1, 0, 0, 0, TimeSpan.Zero).AddMonths(1); continue; }
            if (!DayMatches(t)) { t = new DateTimeOffset(t.Year, t.Month, t.Day, 0, 0, 0, TimeSpan.Zero).AddDays(1); continue; }
            if (!_hours[t.Hour]) { t = new DateTimeOffset(t.Year, t.Month, t.Day, t.Hour, 0, 0, TimeSpan.Zero).AddHours(1); continue; }
            if (!_minutes[t.Minute]) { t = new DateTimeOffset(t.Year, t.Month, t.Day, t.Hour, t.Minute, 0, TimeSpan.Zero).AddMinutes(1); continue; }
            if (!_seconds[t.Second]) { t = t.AddSeconds(1); continue; }
            return t;
        }
        throw new InvalidOperationException("The cron expression never matches.");
    }

    private bool DayMatches(DateTimeOffset t)
    {
        var day = _days[t.Day];
        var weekday = _weekdays[(int)t.DayOfWeek];
        // Standard cron: when both fields are restricted, either may match.
        if (_anyDay) return weekday;
        if (_anyWeekday) return day;
        return day || weekday;
    }

    private static void Fill(string field, bool[] target, int min, int max)
    {
        foreach (var part in field.Split(','))
        {
            var step = 1;
            var range = part;
            var slash = part.IndexOf('/');
            if (slash >= 0)
            {
                step = int.Parse(part[(slash + 1)..]);
                range = part[..slash];
            }
            int from, to;
            if (range == "*") (from, to) = (min, max);
            else if (range.Contains('-'))
            {
                var bounds = range.Split('-');
                (from, to) = (int.Parse(bounds[0]), int.Parse(bounds[1]));
            }
            else (from, to) = (int.Parse(range), slash >= 0 ? max : int.Parse(range));
            if (from < min || to > max || from > to || step < 1) throw new FormatException($"'{part}' is out of range {min}-{max}.");
            for (var i = from; i <= to; i += step) target[i] = true;
        }
    }
}
