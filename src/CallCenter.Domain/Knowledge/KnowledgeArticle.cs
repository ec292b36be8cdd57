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
    /// <summary>
    /// Question phrasings (常见问法): how callers ask what this article answers, written by the editor ("暖气摸着凉凉的",
    /// "楼上热就我家冷"). Searched beside the article's own words, so a caller's question finds an article that does
    /// not use the caller's words.
    /// </summary>
    public List<string> Questions { get; private set; } = [];
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
        IEnumerable<string> keywords, IEnumerable<string> questions, Guid categoryId, ArticleAudience audience, Guid? editorId, string? editorName,
        DateTimeOffset now)
    {
        Title = title.Trim();
        BodyMarkdown = bodyMarkdown;
        BodyHtml = bodyHtml;
        StandardAnswer = standardAnswer.Trim();
        Keywords = keywords.Select(k => k.Trim()).Where(k => k.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        Questions = Clean(questions);
        CategoryId = categoryId;
        Audience = audience;
        Version++;
        return new KnowledgeArticleVersion(this, editorId, editorName, now);
    }

    /// <summary>
    /// The seed's question phrasings on an article no person has edited since it was seeded (version 1): an old
    /// demo database gets them on its next start; an article an editor has saved keeps what the editor wrote.
    /// Returns whether anything changed (a second run changes nothing).
    /// </summary>
    public bool ApplySeedQuestions(IEnumerable<string> questions)
    {
        var cleaned = Clean(questions);
        if (Version != 1 || Questions.SequenceEqual(cleaned)) return false;
        Questions = cleaned;
        return true;
    }

    private static List<string> Clean(IEnumerable<string> questions) =>
        questions.Select(q => q.Trim()).Where(q => q.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

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
