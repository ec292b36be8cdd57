using CallCenter.Common;

namespace CallCenter.Knowledge;

// The article DTOs travel together, so they share this file (records only, no behaviour).

public sealed record KnowledgeArticleDto(
    Guid Id,
    string Code,
    string Title,
    string BodyMarkdown,
    string BodyHtml,
    string StandardAnswer,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<string> Questions,
    Guid CategoryId,
    IReadOnlyList<string> CategoryPath,
    ArticleAudience Audience,
    ArticleStatus Status,
    int Version,
    DateTimeOffset? PublishedAt,
    DateTimeOffset? ScheduledPublishAt,
    int HelpfulCount,
    int NotHelpfulCount,
    DateTimeOffset? LastModificationTime,
    string ConcurrencyStamp);

public sealed record KnowledgeArticleListItemDto(
    Guid Id,
    string Code,
    string Title,
    Guid CategoryId,
    string? CategoryName,
    ArticleAudience Audience,
    ArticleStatus Status,
    int Version,
    DateTimeOffset? PublishedAt,
    DateTimeOffset? ScheduledPublishAt,
    DateTimeOffset? LastModificationTime);

public sealed record CreateUpdateKnowledgeArticleDto
{
    /// <summary>Optional on create (a KB-number is assigned); ignored on update.</summary>
    public string? Code { get; init; }
    public string Title { get; init; } = "";
    public string BodyMarkdown { get; init; } = "";
    public string StandardAnswer { get; init; } = "";
    public IReadOnlyList<string> Keywords { get; init; } = [];
    /// <summary>How callers ask what the article answers (常见问法); searched beside the article's own words.</summary>
    public IReadOnlyList<string> Questions { get; init; } = [];
    public Guid CategoryId { get; init; }
    public ArticleAudience Audience { get; init; } = ArticleAudience.Internal;
    public string? ConcurrencyStamp { get; init; }
}

public sealed record GetKnowledgeArticlesInput : PagedRequestDto
{
    public string? Filter { get; init; }
    public ArticleStatus? Status { get; init; }
    public Guid? CategoryId { get; init; }
}

/// <summary>PublishAt in the future schedules; empty publishes now.</summary>
public sealed record PublishKnowledgeArticleDto(DateTimeOffset? PublishAt);

public sealed record KnowledgeArticleVersionDto(
    int Version,
    string Title,
    string BodyMarkdown,
    string StandardAnswer,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<string> Questions,
    Guid CategoryId,
    ArticleAudience Audience,
    string? EditorName,
    DateTimeOffset CreationTime);

public sealed record KnowledgePreviewDto(string Markdown);

public sealed record KnowledgePreviewResultDto(string Html);

public sealed record KnowledgeFeedbackDto(bool Helpful, string? Query, string? Comment);

public sealed record KnowledgeFeedbackResultDto(int HelpfulCount, int NotHelpfulCount);
