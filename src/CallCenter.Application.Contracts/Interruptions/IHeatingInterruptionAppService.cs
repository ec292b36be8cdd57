namespace CallCenter.Interruptions;

public interface IHeatingInterruptionAppService
{
    Task<IReadOnlyList<HeatingInterruptionDto>> GetListAsync(bool activeOnly, CancellationToken ct = default);
    Task<HeatingInterruptionDto> GetAsync(Guid id, CancellationToken ct = default);
    Task<HeatingInterruptionDto> CreateAsync(CreateUpdateHeatingInterruptionDto input, CancellationToken ct = default);
    Task<HeatingInterruptionDto> UpdateAsync(Guid id, CreateUpdateHeatingInterruptionDto input, CancellationToken ct = default);
    Task<HeatingInterruptionDto> EndAsync(Guid id, CancellationToken ct = default);

    /// <summary>The active interruptions that reach this household (its station, and its community when listed).</summary>
    Task<IReadOnlyList<ActiveInterruptionNoticeDto>> FindActiveForHouseholdAsync(Guid householdId, CancellationToken ct = default);
}
