using CallCenter.Knowledge;
using CallCenter.Knowledge.Indexing;
using CallCenter.Seeding.Knowledge;

namespace CallCenter.Knowledge;

/// <summary>The seeded corpus as index documents, mapped the way the application maps articles.</summary>
public static class SeededCorpus
{
    /// <summary>Stable ids per category code, so a test can filter by category.</summary>
    public static IReadOnlyDictionary<string, KnowledgeCategory> Categories { get; } = BuildCategories();

    /// <summary>Every id Documents() has handed out → its seed code. Test classes run in parallel and all add to it.</summary>
    public static System.Collections.Concurrent.ConcurrentDictionary<Guid, string> CodesById { get; } = new();

    public static List<KnowledgeIndexDocument> Documents()
    {
        var byId = Categories.Values.ToDictionary(c => c.Id);
        var now = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
        return KnowledgeCorpus.All.Select(seed =>
        {
            var article = new KnowledgeArticle(seed.Code);
            article.Edit(seed.Title, seed.BodyMarkdown, "", seed.StandardAnswer, seed.Keywords, seed.Questions, Categories[seed.CategoryCode].Id,
                seed.Audience, null, "seed", now);
            if (seed.Status == ArticleStatus.Published) article.Publish(now);
            else if (seed.Status == ArticleStatus.Archived) article.Archive();
            article.CreationTime = now;
            CodesById[article.Id] = seed.Code;
            return KnowledgeIndexDocumentFactory.Create(article, byId);
        }).ToList();
    }

    public static LuceneKnowledgeIndex NewIndex(Lucene.Net.Store.Directory? directory = null)
    {
        var index = new LuceneKnowledgeIndex(directory ?? new Lucene.Net.Store.RAMDirectory());
        index.Rebuild(Documents());
        index.SetSynonyms(KnowledgeSeedCategories.Synonyms);
        return index;
    }

    private static Dictionary<string, KnowledgeCategory> BuildCategories()
    {
        var result = new Dictionary<string, KnowledgeCategory>();
        foreach (var (code, name, parent) in KnowledgeSeedCategories.All)
            result[code] = new KnowledgeCategory(code, name, parent is null ? null : result[parent].Id);
        return result;
    }
}
