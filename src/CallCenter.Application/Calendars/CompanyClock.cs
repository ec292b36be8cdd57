using System.Globalization;
using CallCenter.Settings;
using Microsoft.Extensions.Options;

namespace CallCenter.Calendars;

/// <summary>
/// Times written into messages (notifications, SMS) in the company's zone (Company:TimeZone), never the server's
/// or a fixed offset: a customer in Harbin reads "截止 11-24 16:00" in Harbin time wherever the server runs.
/// </summary>
public sealed class CompanyClock(IOptions<CompanyOptions> company)
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(company.Value.TimeZone);

    public TimeZoneInfo Zone => _zone;

    public string Format(DateTimeOffset at, string format) => TimeZoneInfo.ConvertTime(at, _zone).ToString(format, CultureInfo.InvariantCulture);
}
