namespace CallCenter.Acd;

public interface IAcdQueueAppService
{
    Task<IReadOnlyList<AcdQueueDefinitionDto>> GetListAsync(CancellationToken ct = default);
    Task<AcdQueueDefinitionDto> GetAsync(Guid id, CancellationToken ct = default);
    Task<AcdQueueDefinitionDto> CreateAsync(CreateUpdateAcdQueueDto input, CancellationToken ct = default);
    Task<AcdQueueDefinitionDto> UpdateAsync(Guid id, CreateUpdateAcdQueueDto input, CancellationToken ct = default);
    Task DeleteAsync(Guid id, CancellationToken ct = default);
    Task<AcdSettingsDto> GetSettingsAsync(CancellationToken ct = default);
    Task<AcdSettingsDto> UpdateSettingsAsync(AcdSettingsDto input, CancellationToken ct = default);
}
