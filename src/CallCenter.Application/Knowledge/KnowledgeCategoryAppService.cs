using CallCenter.Errors;
using CallCenter.Exceptions;
using CallCenter.Repositories;
using CallCenter.Validation;

namespace CallCenter.Knowledge;

public sealed class KnowledgeCategoryAppService(
    IRepository<KnowledgeCategory> categories,
    IRepository<KnowledgeArticle> articles,
    IRepository<KnowledgeSynonymGroup> synonyms,
    IAsyncQueryExecuter query,
    IUnitOfWork uow,
    KnowledgeIndexSynchronizer sync) : IKnowledgeCategoryAppService
{
    public async Task<IReadOnlyList<KnowledgeCategoryDto>> GetListAsync(CancellationToken ct = default)
    {
        var all = await query.ToListAsync(categories.Query().OrderBy(c => c.SortOrder).ThenBy(c => c.Code), ct);
        var counts = (await query.ToListAsync(articles.Query().Where(a => a.Status == ArticleStatus.Published)
            .GroupBy(a => a.CategoryId).Select(g => new { g.Key, Count = g.Count() }), ct)).ToDictionary(g => g.Key, g => g.Count);
        return all.Select(c => new KnowledgeCategoryDto(c.Id, c.Code, c.Name, c.ParentId, c.SortOrder, counts.GetValueOrDefault(c.Id))).ToList();
    }

    public async Task<KnowledgeCategoryDto> CreateAsync(CreateUpdateKnowledgeCategoryDto input, CancellationToken ct = default)
    {
        await ValidateAsync(input, null, ct);
        var category = new KnowledgeCategory(input.Code, input.Name, input.ParentId, input.SortOrder);
        categories.Add(category);
        await uow.SaveChangesAsync(ct);
        return new KnowledgeCategoryDto(category.Id, category.Code, category.Name, category.ParentId, category.SortOrder, 0);
    }

    public async Task<KnowledgeCategoryDto> UpdateAsync(Guid id, CreateUpdateKnowledgeCategoryDto input, CancellationToken ct = default)
    {
        var category = await query.FirstOrDefaultAsync(categories.Query().Where(c => c.Id == id), ct)
            ?? throw new EntityNotFoundException("KnowledgeCategory", id);
        await ValidateAsync(input, id, ct);
        category.Name = input.Name.Trim();
        category.ParentId = input.ParentId;
        category.SortOrder = input.SortOrder;
        await uow.SaveChangesAsync(ct);
        // Articles below a moved category now filter under the new parent: rebuild rather than track each.
        await sync.EnsureCurrentAsync(ct);
        return (await GetListAsync(ct)).Single(c => c.Id == id);
    }

    public async Task<KnowledgeSynonymsDto> GetSynonymsAsync(CancellationToken ct = default)
    {
        var groups = await query.ToListAsync(synonyms.Query(), ct);
        return new KnowledgeSynonymsDto(groups.OrderBy(g => g.Terms.FirstOrDefault(), StringComparer.Ordinal)
            .Select(g => (IReadOnlyList<string>)g.Terms).ToList());
    }

    public async Task<KnowledgeSynonymsDto> SetSynonymsAsync(KnowledgeSynonymsDto input, CancellationToken ct = default)
    {
        var v = new FieldValidator();
        // A body without "groups" is a mistake, not "delete every group": only an explicit empty list clears the table.
        if (input.Groups is null)
        {
            v.Add("groups", "Validation:Required");
            v.ThrowIfInvalid();
        }
        var groups = input.Groups!.Select(g => (g ?? []).Select(t => (t ?? "").Trim()).Where(t => t.Length > 0).Distinct().ToList()).ToList();
        if (groups.Count > KnowledgeConsts.MaxSynonymGroups) v.Add("groups", "Validation:MaxLength", KnowledgeConsts.MaxSynonymGroups);
        for (var i = 0; i < groups.Count; i++)
        {
            if (groups[i].Count < 2) v.Add($"groups[{i}]", KnowledgeErrorCodes.SynonymGroupTooSmall);
            for (var j = 0; j < groups[i].Count; j++) v.MaxLength($"groups[{i}][{j}]", groups[i][j], KnowledgeConsts.MaxSynonymTermLength);
        }
        v.ThrowIfInvalid();
        foreach (var existing in await query.ToListAsync(synonyms.Query(), ct)) synonyms.Remove(existing);
        foreach (var group in groups) synonyms.Add(new KnowledgeSynonymGroup(group));
        await uow.SaveChangesAsync(ct);
        await sync.LoadSynonymsAsync(ct);
        return await GetSynonymsAsync(ct);
    }

    private async Task ValidateAsync(CreateUpdateKnowledgeCategoryDto input, Guid? id, CancellationToken ct)
    {
        var v = new FieldValidator()
            .RequiredMax("code", input.Code, KnowledgeConsts.MaxCategoryCodeLength)
            .RequiredMax("name", input.Name, KnowledgeConsts.MaxCategoryNameLength);
        if (input.ParentId is { } parent)
        {
            var tree = await sync.LoadCategoriesAsync(ct);
            // A parent that is the category itself or one of its descendants would make a cycle.
            if (!tree.ContainsKey(parent) || (id is { } self && KnowledgeIndexDocumentFactory.PathOf(parent, tree).Any(c => c.Id == self)))
                v.Add("parentId", KnowledgeErrorCodes.CategoryUnknown);
        }
        v.ThrowIfInvalid();
        var code = input.Code.Trim();
        if (id is null && await query.AnyAsync(categories.Query().Where(c => c.Code == code), ct))
            throw new BusinessException(KnowledgeErrorCodes.CategoryCodeTaken, "code", code);
    }
}
