namespace CallCenter.Knowledge;

public interface IKnowledgeSearchAppService
{
    Task<KnowledgeSearchResultDto> SearchAsync(KnowledgeSearchInput input, bool isEditor, CancellationToken ct = default);
    Task<IReadOnlyList<KnowledgeSearchHitDto>> SuggestAsync(KnowledgeSuggestionInput input, CancellationToken ct = default);
    Task<KnowledgeFeedbackResultDto> FeedbackAsync(Guid articleId, KnowledgeFeedbackDto input, CancellationToken ct = default);
}
