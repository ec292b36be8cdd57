namespace CallCenter.Calendars;

public interface IBusinessCalendarAppService
{
    Task<BusinessCalendarDto> GetAsync(CancellationToken ct = default);
    Task<BusinessCalendarDto> UpdateAsync(UpdateBusinessCalendarDto input, CancellationToken ct = default);
    /// <summary>Open or closed at <paramref name="at"/> (now when null) on the company calendar.</summary>
    Task<BusinessHoursStatusDto> GetStatusAsync(DateTimeOffset? at = null, CancellationToken ct = default);
}
