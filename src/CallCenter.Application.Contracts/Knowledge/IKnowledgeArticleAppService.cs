using CallCenter.Common;

namespace CallCenter.Knowledge;

/// <summary>
/// Articles. <c>isEditor</c> is whether the caller holds Knowledge.Edit: everyone else sees published articles only,
/// whatever they ask for.
/// </summary>
public interface IKnowledgeArticleAppService
{
    Task<PagedResultDto<KnowledgeArticleListItemDto>> GetListAsync(GetKnowledgeArticlesInput input, bool isEditor, CancellationToken ct = default);
    Task<KnowledgeArticleDto> GetAsync(Guid id, bool isEditor, CancellationToken ct = default);
    Task<KnowledgeArticleDto> CreateAsync(CreateUpdateKnowledgeArticleDto input, CancellationToken ct = default);
    Task<KnowledgeArticleDto> UpdateAsync(Guid id, CreateUpdateKnowledgeArticleDto input, CancellationToken ct = default);
    Task<KnowledgeArticleDto> PublishAsync(Guid id, PublishKnowledgeArticleDto input, CancellationToken ct = default);
    Task<KnowledgeArticleDto> ArchiveAsync(Guid id, CancellationToken ct = default);
    Task<IReadOnlyList<KnowledgeArticleVersionDto>> GetVersionsAsync(Guid id, CancellationToken ct = default);
    KnowledgePreviewResultDto Preview(KnowledgePreviewDto input);
    /// <summary>Publishes the articles whose scheduled time has come; returns how many.</summary>
    Task<int> PublishDueAsync(CancellationToken ct = default);
}
