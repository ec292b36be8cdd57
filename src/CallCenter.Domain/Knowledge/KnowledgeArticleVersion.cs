using CallCenter.Entities;

namespace CallCenter.Knowledge;

/// <summary>A snapshot of an article as one edit left it: what the history and the version diff show.</summary>
public sealed class KnowledgeArticleVersion : Entity
{
    public Guid ArticleId { get; private set; }
    public int Version { get; private set; }
    public string Title { get; private set; } = "";
    public string BodyMarkdown { get; private set; } = "";
    public string StandardAnswer { get; private set; } = "";
    public List<string> Keywords { get; private set; } = [];
    public List<string> Questions { get; private set; } = [];
    public Guid CategoryId { get; private set; }
    public ArticleAudience Audience { get; private set; }
    public DateTimeOffset CreationTime { get; private set; }
    public Guid? CreatorId { get; private set; }
    /// <summary>Kept as text so the history still reads right after the user is renamed or removed.</summary>
    public string? EditorName { get; private set; }

    private KnowledgeArticleVersion() { }

    internal KnowledgeArticleVersion(KnowledgeArticle article, Guid? editorId, string? editorName, DateTimeOffset at)
    {
        ArticleId = article.Id;
        Version = article.Version;
        Title = article.Title;
        BodyMarkdown = article.BodyMarkdown;
        StandardAnswer = article.StandardAnswer;
        Keywords = [.. article.Keywords];
        Questions = [.. article.Questions];
        CategoryId = article.CategoryId;
        Audience = article.Audience;
        CreatorId = editorId;
        EditorName = editorName;
        CreationTime = at;
    }
}
