using CallCenter.Knowledge.Indexing;

namespace CallCenter.Knowledge;

/// <summary>An article as the index sees it: plain text and its category path from the root down.</summary>
public static class KnowledgeIndexDocumentFactory
{
    public static KnowledgeIndexDocument Create(KnowledgeArticle a, IReadOnlyDictionary<Guid, KnowledgeCategory> categories) =>
        new(a.Id, a.Code, a.Title, a.Keywords, a.StandardAnswer, KnowledgeMarkdownRenderer.ToPlainText(a.BodyMarkdown), a.Questions,
            PathOf(a.CategoryId, categories).Select(c => c.Id).ToList(), a.Status, a.Audience, a.HelpfulCount, a.NotHelpfulCount,
            a.LastModificationTime ?? a.CreationTime);

    /// <summary>Root first, the category itself last; stops at a cycle instead of looping.</summary>
    public static List<KnowledgeCategory> PathOf(Guid categoryId, IReadOnlyDictionary<Guid, KnowledgeCategory> categories)
    {
        var path = new List<KnowledgeCategory>();
        for (var id = (Guid?)categoryId; id is { } current && categories.TryGetValue(current, out var category); id = category.ParentId)
        {
            if (path.Contains(category)) break;
            path.Insert(0, category);
        }
        return path;
    }
}
