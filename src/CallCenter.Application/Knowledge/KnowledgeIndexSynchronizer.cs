using CallCenter.Knowledge.Indexing;
using CallCenter.Repositories;
using Microsoft.Extensions.Logging;

namespace CallCenter.Knowledge;

/// <summary>
/// Keeps the index a faithful copy of PostgreSQL: rebuilds it when it is missing, of an older schema, or holds
/// other rows than the database (count or newest change differ), and re-indexes single articles after writes.
/// </summary>
public sealed class KnowledgeIndexSynchronizer(
    IRepository<KnowledgeArticle> articles,
    IRepository<KnowledgeCategory> categories,
    IRepository<KnowledgeSynonymGroup> synonyms,
    IAsyncQueryExecuter query,
    IKnowledgeIndex index,
    ILogger<KnowledgeIndexSynchronizer> logger)
{
    /// <summary>Returns true when the index had to be rebuilt.</summary>
    public async Task<bool> EnsureCurrentAsync(CancellationToken ct = default)
    {
        await LoadSynonymsAsync(ct);
        var state = index.GetState();
        var count = await query.CountAsync(articles.Query(), ct);
        var newest = count == 0 ? null : await query.FirstOrDefaultAsync(articles.Query()
            .Select(a => (DateTimeOffset?)(a.LastModificationTime ?? a.CreationTime)).OrderByDescending(t => t), ct);
        if (state.SchemaCurrent && state.DocumentCount == count && Micros(state.NewestModifiedAt) == Micros(newest)) return false;

        logger.LogInformation("Rebuilding the knowledge index: it holds {IndexCount} articles (newest {IndexNewest}), the database {DbCount} (newest {DbNewest})",
            state.DocumentCount, state.NewestModifiedAt, count, newest);
        var byId = await LoadCategoriesAsync(ct);
        var all = await query.ToListAsync(articles.Query(), ct);
        index.Rebuild(all.Select(a => KnowledgeIndexDocumentFactory.Create(a, byId)));
        return true;
    }

    // PostgreSQL keeps microseconds; an article indexed straight after saving still carries .NET's 100-ns ticks.
    private static long? Micros(DateTimeOffset? time) => time?.UtcTicks / 10;

    public async Task LoadSynonymsAsync(CancellationToken ct = default)
    {
        var groups = await query.ToListAsync(synonyms.Query(), ct);
        index.SetSynonyms(groups.Select(g => (IReadOnlyList<string>)g.Terms).ToList());
    }

    public async Task ReindexAsync(KnowledgeArticle article, CancellationToken ct = default)
    {
        if (article.IsDeleted) index.Delete(article.Id);
        else index.Upsert(KnowledgeIndexDocumentFactory.Create(article, await LoadCategoriesAsync(ct)));
    }

    public async Task<Dictionary<Guid, KnowledgeCategory>> LoadCategoriesAsync(CancellationToken ct) =>
        (await query.ToListAsync(categories.Query(), ct)).ToDictionary(c => c.Id);
}
