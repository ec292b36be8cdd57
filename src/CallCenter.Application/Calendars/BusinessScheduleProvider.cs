using CallCenter.Repositories;
using CallCenter.Settings;
using Microsoft.Extensions.Options;

namespace CallCenter.Calendars;

/// <summary>
/// The company's business schedule from the default calendar row (loaded once per scope). Without a row —
/// a database seeded without demo data — weekdays 08:00–17:30 in the company zone.
/// </summary>
public sealed class BusinessScheduleProvider(IRepository<BusinessCalendar> calendars, IAsyncQueryExecuter query, IOptions<CompanyOptions> company)
{
    private BusinessSchedule? _schedule;

    public async Task<BusinessSchedule> GetAsync(CancellationToken ct = default)
    {
        if (_schedule is not null) return _schedule;
        var calendar = await query.FirstOrDefaultAsync(calendars.QueryWithDetails().Where(c => c.Name == BusinessCalendar.DefaultName), ct);
        _schedule = calendar?.ToSchedule() ?? new BusinessSchedule(TimeZoneInfo.FindSystemTimeZoneById(company.Value.TimeZone),
            new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }.Select(d => (d, 8 * 60, 17 * 60 + 30)), []);
        return _schedule;
    }

    public void Invalidate() => _schedule = null;
}
