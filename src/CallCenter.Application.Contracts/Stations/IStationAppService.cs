namespace CallCenter.Stations;

public interface IStationAppService
{
    Task<IReadOnlyList<StationDto>> GetListAsync(CancellationToken ct = default);
    Task<StationDto> GetAsync(Guid id, CancellationToken ct = default);
    Task<StationDto> CreateAsync(CreateUpdateStationDto input, CancellationToken ct = default);
    Task<StationDto> UpdateAsync(Guid id, CreateUpdateStationDto input, CancellationToken ct = default);
    Task DeleteAsync(Guid id, CancellationToken ct = default);
}
