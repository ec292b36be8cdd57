using CallCenter.Common;
using CallCenter.Errors;
using CallCenter.Exceptions;
using CallCenter.Identity;
using CallCenter.Localization;
using CallCenter.Repositories;
using CallCenter.Validation;

namespace CallCenter.Knowledge;

public sealed class KnowledgeArticleAppService(
    IRepository<KnowledgeArticle> articles,
    IRepository<KnowledgeArticleVersion> versions,
    IRepository<KnowledgeCategory> categories,
    IAsyncQueryExecuter query,
    IUnitOfWork uow,
    ICurrentUser currentUser,
    TimeProvider clock,
    KnowledgeIndexSynchronizer sync) : IKnowledgeArticleAppService
{
    public async Task<PagedResultDto<KnowledgeArticleListItemDto>> GetListAsync(GetKnowledgeArticlesInput input, bool isEditor, CancellationToken ct = default)
    {
        var q = articles.Query();
        if (!isEditor) q = q.Where(a => a.Status == ArticleStatus.Published);
        else if (input.Status is { } status) q = q.Where(a => a.Status == status);
        if (input.CategoryId is { } categoryId)
        {
            var tree = await sync.LoadCategoriesAsync(ct);
            var ids = tree.Values.Where(c => KnowledgeIndexDocumentFactory.PathOf(c.Id, tree).Any(p => p.Id == categoryId)).Select(c => c.Id).ToList();
            q = q.Where(a => ids.Contains(a.CategoryId));
        }
        if (!string.IsNullOrWhiteSpace(input.Filter))
        {
            var filter = input.Filter.Trim();
            q = q.Where(a => a.Code == filter.ToUpper() || a.Title.Contains(filter));
        }
        var total = await query.CountAsync(q, ct);
        var rows = await query.ToListAsync(q.OrderByDescending(a => a.LastModificationTime ?? a.CreationTime).ThenBy(a => a.Code)
            .Skip(input.Skip).Take(input.Take)
            .Select(a => new KnowledgeArticleListItemDto(a.Id, a.Code, a.Title, a.CategoryId,
                categories.Query().Where(c => c.Id == a.CategoryId).Select(c => c.Name).FirstOrDefault(),
                a.Audience, a.Status, a.Version, a.PublishedAt, a.ScheduledPublishAt, a.LastModificationTime ?? a.CreationTime)), ct);
        return new PagedResultDto<KnowledgeArticleListItemDto>(rows, total);
    }

    public async Task<KnowledgeArticleDto> GetAsync(Guid id, bool isEditor, CancellationToken ct = default)
    {
        var article = await LoadAsync(id, ct);
        // A draft or archived article does not exist for agents: not found, like a row they may not see.
        if (!isEditor && article.Status != ArticleStatus.Published) throw new EntityNotFoundException("KnowledgeArticle", id);
        return await ToDtoAsync(article, ct);
    }

    public async Task<KnowledgeArticleDto> CreateAsync(CreateUpdateKnowledgeArticleDto input, CancellationToken ct = default)
    {
        await ValidateAsync(input, ct);
        var code = string.IsNullOrWhiteSpace(input.Code) ? await NextCodeAsync(ct) : input.Code.Trim().ToUpperInvariant();
        if (await query.AnyAsync(articles.Query().Where(a => a.Code == code), ct))
            throw new BusinessException(KnowledgeErrorCodes.CodeTaken, "code", code);
        var article = new KnowledgeArticle(code);
        versions.Add(Apply(article, input));
        articles.Add(article);
        await uow.SaveChangesAsync(ct);
        await sync.ReindexAsync(article, ct);
        return await ToDtoAsync(article, ct);
    }

    public async Task<KnowledgeArticleDto> UpdateAsync(Guid id, CreateUpdateKnowledgeArticleDto input, CancellationToken ct = default)
    {
        var article = await LoadAsync(id, ct);
        await ValidateAsync(input, ct);
        if (input.ConcurrencyStamp is not null && input.ConcurrencyStamp != article.ConcurrencyStamp)
            throw new BusinessException(CallCenterErrorCodes.ConcurrencyConflict, "concurrencyStamp");
        versions.Add(Apply(article, input));
        await uow.SaveChangesAsync(ct);
        await sync.ReindexAsync(article, ct);
        return await ToDtoAsync(article, ct);
    }

    public async Task<KnowledgeArticleDto> PublishAsync(Guid id, PublishKnowledgeArticleDto input, CancellationToken ct = default)
    {
        var article = await LoadAsync(id, ct);
        var now = clock.GetUtcNow();
        if (input.PublishAt is { } at)
        {
            if (at <= now) throw new BusinessException(KnowledgeErrorCodes.ScheduleInPast, "publishAt");
            article.SchedulePublish(at);
        }
        else
        {
            if (article.Status == ArticleStatus.Published) throw InvalidTransition(article);
            article.Publish(now);
        }
        await uow.SaveChangesAsync(ct);
        await sync.ReindexAsync(article, ct);
        return await ToDtoAsync(article, ct);
    }

    public async Task<KnowledgeArticleDto> ArchiveAsync(Guid id, CancellationToken ct = default)
    {
        var article = await LoadAsync(id, ct);
        if (article.Status == ArticleStatus.Archived) throw InvalidTransition(article);
        article.Archive();
        await uow.SaveChangesAsync(ct);
        await sync.ReindexAsync(article, ct);
        return await ToDtoAsync(article, ct);
    }

    public async Task<IReadOnlyList<KnowledgeArticleVersionDto>> GetVersionsAsync(Guid id, CancellationToken ct = default)
    {
        await LoadAsync(id, ct);
        return await query.ToListAsync(versions.Query().Where(v => v.ArticleId == id).OrderByDescending(v => v.Version)
            .Select(v => new KnowledgeArticleVersionDto(v.Version, v.Title, v.BodyMarkdown, v.StandardAnswer, v.Keywords, v.Questions, v.CategoryId,
                v.Audience, v.EditorName, v.CreationTime)), ct);
    }

    public KnowledgePreviewResultDto Preview(KnowledgePreviewDto input)
    {
        new FieldValidator().MaxLength("markdown", input.Markdown, KnowledgeConsts.MaxBodyLength).ThrowIfInvalid();
        return new KnowledgePreviewResultDto(KnowledgeMarkdownRenderer.ToSafeHtml(input.Markdown));
    }

    /// <summary>
    /// Publishes every article whose time has come, one save each: another node's publisher (or this node's background
    /// service racing an explicit call) may publish the same article at the same moment; the loser's save is a
    /// concurrency conflict, which here only means "already done" — it is skipped, never surfaced.
    /// </summary>
    public async Task<int> PublishDueAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var dueIds = await query.ToListAsync(articles.Query()
            .Where(a => a.ScheduledPublishAt != null && a.ScheduledPublishAt <= now).Select(a => a.Id), ct);
        var published = 0;
        foreach (var id in dueIds)
        {
            var article = await query.FirstOrDefaultAsync(articles.Query().Where(a => a.Id == id && a.ScheduledPublishAt != null), ct);
            if (article is null) continue; // published by someone else since the list was read
            article.Publish(now);
            try
            {
                await uow.SaveChangesAsync(ct);
            }
            catch (BusinessException e) when (e.Code == CallCenterErrorCodes.ConcurrencyConflict)
            {
                uow.DiscardChanges();
                continue;
            }
            await sync.ReindexAsync(article, ct);
            published++;
        }
        return published;
    }

    private KnowledgeArticleVersion Apply(KnowledgeArticle article, CreateUpdateKnowledgeArticleDto input) =>
        article.Edit(input.Title, input.BodyMarkdown, KnowledgeMarkdownRenderer.ToSafeHtml(input.BodyMarkdown), input.StandardAnswer,
            input.Keywords, input.Questions ?? [], input.CategoryId, input.Audience, currentUser.Id, currentUser.UserName, clock.GetUtcNow());

    private async Task ValidateAsync(CreateUpdateKnowledgeArticleDto input, CancellationToken ct)
    {
        var v = new FieldValidator()
            .MaxLength("code", input.Code, KnowledgeConsts.MaxCodeLength)
            .RequiredMax("title", input.Title, KnowledgeConsts.MaxTitleLength)
            .MaxLength("bodyMarkdown", input.BodyMarkdown, KnowledgeConsts.MaxBodyLength)
            .RequiredMax("standardAnswer", input.StandardAnswer, KnowledgeConsts.MaxStandardAnswerLength)
            .Defined("audience", input.Audience);
        var keywords = input.Keywords ?? [];
        if (keywords.Count > KnowledgeConsts.MaxKeywords) v.Add("keywords", "Knowledge:TooManyKeywords", KnowledgeConsts.MaxKeywords);
        for (var i = 0; i < keywords.Count; i++) v.MaxLength($"keywords[{i}]", keywords[i], KnowledgeConsts.MaxKeywordLength);
        var questions = input.Questions ?? [];
        if (questions.Count > KnowledgeConsts.MaxQuestions) v.Add("questions", "Knowledge:TooManyQuestions", KnowledgeConsts.MaxQuestions);
        for (var i = 0; i < questions.Count; i++) v.MaxLength($"questions[{i}]", questions[i], KnowledgeConsts.MaxQuestionLength);
        if (input.CategoryId == Guid.Empty) v.Add("categoryId", "Validation:Required");
        else if (!await query.AnyAsync(categories.Query().Where(c => c.Id == input.CategoryId), ct))
            v.Add("categoryId", KnowledgeErrorCodes.CategoryUnknown);
        v.ThrowIfInvalid();
    }

    private async Task<string> NextCodeAsync(CancellationToken ct)
    {
        var codes = await query.ToListAsync(articles.Query().Where(a => a.Code.StartsWith("KB-")).Select(a => a.Code), ct);
        var max = codes.Select(c => int.TryParse(c[3..], out var n) ? n : 0).DefaultIfEmpty(0).Max();
        return $"KB-{max + 1:D4}";
    }

    private static BusinessException InvalidTransition(KnowledgeArticle article) =>
        new(KnowledgeErrorCodes.InvalidTransition, "status", L.Get("KnowledgeStatus:" + article.Status));

    private async Task<KnowledgeArticle> LoadAsync(Guid id, CancellationToken ct) =>
        await query.FirstOrDefaultAsync(articles.Query().Where(a => a.Id == id), ct)
        ?? throw new EntityNotFoundException("KnowledgeArticle", id);

    private async Task<KnowledgeArticleDto> ToDtoAsync(KnowledgeArticle a, CancellationToken ct)
    {
        var path = KnowledgeIndexDocumentFactory.PathOf(a.CategoryId, await sync.LoadCategoriesAsync(ct)).Select(c => c.Name).ToList();
        return new KnowledgeArticleDto(a.Id, a.Code, a.Title, a.BodyMarkdown, a.BodyHtml, a.StandardAnswer, a.Keywords, a.Questions, a.CategoryId, path,
            a.Audience, a.Status, a.Version, a.PublishedAt, a.ScheduledPublishAt, a.HelpfulCount, a.NotHelpfulCount,
            a.LastModificationTime ?? a.CreationTime, a.ConcurrencyStamp);
    }
}
