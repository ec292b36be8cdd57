namespace CallCenter.WorkOrders;

public interface ISlaPolicyAppService
{
    Task<IReadOnlyList<SlaPolicyDto>> GetListAsync(CancellationToken ct = default);
    Task<SlaPolicyDto> CreateAsync(CreateUpdateSlaPolicyDto input, CancellationToken ct = default);
    Task<SlaPolicyDto> UpdateAsync(Guid id, CreateUpdateSlaPolicyDto input, CancellationToken ct = default);
}
