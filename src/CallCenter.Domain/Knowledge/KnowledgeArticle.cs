using CallCenter.Entities;

namespace CallCenter.Knowledge;

/// <summary>
/// A knowledge article (知识): Markdown body, a standard answer (口径) agents read out, keywords and a category.
/// Every saved edit becomes a numbered version; only a Published article reaches agents.
/// </summary>
public sealed class KnowledgeArticle : AuditedAggregateRoot
{
    public string Code { get; private set; } = "";
    public string Title { get; private set; } = "";
    public string BodyMarkdown { get; private set; } = "";
    /// <summary>Rendered and sanitized when saved, so readers never run the sanitizer and never see raw HTML.</summary>
    public string BodyHtml { get; private set; } = "";
    public string StandardAnswer { get; private set; } = "";
    public List<string> Keywords { get; private set; } = [];
    public Guid CategoryId { get; private set; }
    public ArticleAudience Audience { get; private set; }
    public ArticleStatus Status { get; private set; }
    public int Version { get; private set; }
    public DateTimeOffset? PublishedAt { get; private set; }
    public DateTimeOffset? ScheduledPublishAt { get; private set; }
    public int HelpfulCount { get; private set; }
    public int NotHelpfulCount { get; private set; }

    private KnowledgeArticle() { }

    public KnowledgeArticle(string code) => Code = code.Trim();

    /// <summary>Applies an edit and returns the version row that records it.</summary>
    public KnowledgeArticleVersion Edit(string title, string bodyMarkdown, string bodyHtml, string standardAnswer,
        IEnumerable<string> keywords, Guid categoryId, ArticleAudience audience, Guid? editorId, string? editorName, DateTimeOffset now)
    {
        Title = title.Trim();
        BodyMarkdown = bodyMarkdown;
        BodyHtml = bodyHtml;
        StandardAnswer = standardAnswer.Trim();
        Keywords = keywords.Select(k => k.Trim()).Where(k => k.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        CategoryId = categoryId;
        Audience = audience;
        Version++;
        return new KnowledgeArticleVersion(this, editorId, editorName, now);
    }

    public void Publish(DateTimeOffset now)
    {
        Status = ArticleStatus.Published;
        PublishedAt = now;
        ScheduledPublishAt = null;
    }

    /// <summary>Stays a draft (or archived) until the scheduler publishes it at <paramref name="at"/>.</summary>
    public void SchedulePublish(DateTimeOffset at) => ScheduledPublishAt = at;

    public void Archive()
    {
        Status = ArticleStatus.Archived;
        ScheduledPublishAt = null;
    }

    public void RecordFeedback(bool helpful)
    {
        if (helpful) HelpfulCount++;
        else NotHelpfulCount++;
    }
}
