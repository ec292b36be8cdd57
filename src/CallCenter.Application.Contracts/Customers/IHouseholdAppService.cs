using CallCenter.Common;

namespace CallCenter.Customers;

public interface IHouseholdAppService
{
    Task<PagedResultDto<HouseholdListItemDto>> GetListAsync(GetHouseholdsInput input, CancellationToken ct = default);
    Task<HouseholdDto> GetAsync(Guid id, CancellationToken ct = default);
    Task<HouseholdDto> CreateAsync(CreateUpdateHouseholdDto input, CancellationToken ct = default);
    Task<HouseholdDto> UpdateAsync(Guid id, CreateUpdateHouseholdDto input, CancellationToken ct = default);
    Task DeleteAsync(Guid id, CancellationToken ct = default);
    Task<HouseholdImportResultDto> ImportCsvAsync(Stream csv, CancellationToken ct = default);
}
