using CallCenter.Errors;
using CallCenter.Exceptions;
using CallCenter.Identity;
using CallCenter.Knowledge.Indexing;
using CallCenter.Repositories;
using CallCenter.Validation;

namespace CallCenter.Knowledge;

public sealed class KnowledgeSearchAppService(
    IRepository<KnowledgeArticle> articles,
    IRepository<KnowledgeFeedback> feedback,
    IAsyncQueryExecuter query,
    IUnitOfWork uow,
    ICurrentUser currentUser,
    TimeProvider clock,
    IKnowledgeIndex index,
    KnowledgeIndexSynchronizer sync) : IKnowledgeSearchAppService
{
    private static readonly ArticleStatus[] PublishedOnly = [ArticleStatus.Published];
    private static readonly ArticleStatus[] AnyStatus = [ArticleStatus.Draft, ArticleStatus.Published, ArticleStatus.Archived];

    public async Task<KnowledgeSearchResultDto> SearchAsync(KnowledgeSearchInput input, bool isEditor, CancellationToken ct = default)
    {
        new FieldValidator().MaxLength("q", input.Q, KnowledgeConsts.MaxQueryLength).ThrowIfInvalid();
        var take = Math.Clamp(input.PageSize ?? 10, 1, 50);
        var skip = (Math.Max(input.Page ?? 1, 1) - 1) * take;
        var statuses = !isEditor ? PublishedOnly : input.Status is { } s ? [s] : AnyStatus;
        var categories = await sync.LoadCategoriesAsync(ct);
        if (string.IsNullOrWhiteSpace(input.Q)) return new KnowledgeSearchResultDto([], 0, []);

        var result = index.Search(new KnowledgeIndexQuery(input.Q, statuses, input.Audience, input.CategoryId, skip, take, WithFacets: true));
        var hits = await ToHitsAsync(result.Hits, statuses, categories, ct);
        var facets = result.CategoryCounts
            .Where(f => categories.ContainsKey(f.Key))
            .Select(f => new KnowledgeFacetDto(f.Key, categories[f.Key].Name, f.Value))
            .OrderByDescending(f => f.Count).ThenBy(f => f.Name, StringComparer.Ordinal).ToList();
        return new KnowledgeSearchResultDto(hits, result.TotalCount, facets);
    }

    public async Task<IReadOnlyList<KnowledgeSearchHitDto>> SuggestAsync(KnowledgeSuggestionInput input, CancellationToken ct = default)
    {
        new FieldValidator().MaxLength("text", input.Text, KnowledgeConsts.MaxQueryLength)
            .MaxLength("categoryCode", input.CategoryCode, KnowledgeConsts.MaxCategoryCodeLength).ThrowIfInvalid();
        var take = Math.Clamp(input.Take ?? 5, 1, 20);
        var categories = await sync.LoadCategoriesAsync(ct);
        var category = string.IsNullOrWhiteSpace(input.CategoryCode) ? null
            : categories.Values.FirstOrDefault(c => string.Equals(c.Code, input.CategoryCode.Trim(), StringComparison.OrdinalIgnoreCase));
        // The category's name stands in for the words when the agent has typed none yet.
        var text = !string.IsNullOrWhiteSpace(input.Text) ? input.Text : category?.Name;
        if (string.IsNullOrWhiteSpace(text)) return [];

        var found = new List<KnowledgeIndexHit>();
        if (category is not null)
            found.AddRange(index.Search(new KnowledgeIndexQuery(text, PublishedOnly, CategoryId: category.Id, Take: take)).Hits);
        if (found.Count < take)
            found.AddRange(index.Search(new KnowledgeIndexQuery(text, PublishedOnly, Take: take)).Hits.Where(h => found.All(f => f.Id != h.Id)));
        return await ToHitsAsync(found.Take(take).ToList(), PublishedOnly, categories, ct);
    }

    public async Task<KnowledgeFeedbackResultDto> FeedbackAsync(Guid articleId, KnowledgeFeedbackDto input, CancellationToken ct = default)
    {
        new FieldValidator().MaxLength("query", input.Query, KnowledgeConsts.MaxQueryLength)
            .MaxLength("comment", input.Comment, KnowledgeConsts.MaxFeedbackCommentLength).ThrowIfInvalid();
        var article = await query.FirstOrDefaultAsync(articles.Query().Where(a => a.Id == articleId), ct)
            ?? throw new EntityNotFoundException("KnowledgeArticle", articleId);
        if (article.Status != ArticleStatus.Published) throw new BusinessException(KnowledgeErrorCodes.NotPublished);
        article.RecordFeedback(input.Helpful);
        feedback.Add(new KnowledgeFeedback(articleId, currentUser.Id, input.Helpful, input.Query?.Trim(), input.Comment?.Trim(), clock.GetUtcNow()));
        await uow.SaveChangesAsync(ct);
        await sync.ReindexAsync(article, ct);
        return new KnowledgeFeedbackResultDto(article.HelpfulCount, article.NotHelpfulCount);
    }

    /// <summary>
    /// Joins the index's hits with the rows, and re-checks the status there: the database, not the index, decides
    /// what an agent may read.
    /// </summary>
    private async Task<List<KnowledgeSearchHitDto>> ToHitsAsync(IReadOnlyList<KnowledgeIndexHit> hits, IReadOnlyCollection<ArticleStatus> statuses,
        Dictionary<Guid, KnowledgeCategory> categories, CancellationToken ct)
    {
        var ids = hits.Select(h => h.Id).ToList();
        var rows = (await query.ToListAsync(articles.Query().Where(a => ids.Contains(a.Id))
                .Select(a => new { a.Id, a.Code, a.Title, a.StandardAnswer, a.CategoryId, a.Audience, a.Status }), ct))
            .ToDictionary(a => a.Id);
        return hits.Where(h => rows.TryGetValue(h.Id, out var row) && statuses.Contains(row.Status)).Select(h =>
        {
            var a = rows[h.Id];
            return new KnowledgeSearchHitDto(a.Id, a.Code, a.Title, h.TitleHtml, h.SnippetHtml, a.StandardAnswer, a.CategoryId,
                categories.GetValueOrDefault(a.CategoryId)?.Name, a.Audience, a.Status, h.Score);
        }).ToList();
    }
}
