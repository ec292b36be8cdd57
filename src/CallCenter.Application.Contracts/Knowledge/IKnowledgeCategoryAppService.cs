namespace CallCenter.Knowledge;

/// <summary>The category tree and the synonym table: the two lists editors maintain besides articles.</summary>
public interface IKnowledgeCategoryAppService
{
    Task<IReadOnlyList<KnowledgeCategoryDto>> GetListAsync(CancellationToken ct = default);
    Task<KnowledgeCategoryDto> CreateAsync(CreateUpdateKnowledgeCategoryDto input, CancellationToken ct = default);
    Task<KnowledgeCategoryDto> UpdateAsync(Guid id, CreateUpdateKnowledgeCategoryDto input, CancellationToken ct = default);
    Task<KnowledgeSynonymsDto> GetSynonymsAsync(CancellationToken ct = default);
    Task<KnowledgeSynonymsDto> SetSynonymsAsync(KnowledgeSynonymsDto input, CancellationToken ct = default);
}
