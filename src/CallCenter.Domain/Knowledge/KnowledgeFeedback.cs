using CallCenter.Entities;

namespace CallCenter.Knowledge;

/// <summary>One agent's "was this helpful" on an article; the counts on the article feed ranking.</summary>
public sealed class KnowledgeFeedback : Entity
{
    public Guid ArticleId { get; private set; }
    public Guid? UserId { get; private set; }
    public bool Helpful { get; private set; }
    public string? Query { get; private set; }
    public string? Comment { get; private set; }
    public DateTimeOffset CreationTime { get; private set; }

    private KnowledgeFeedback() { }

    public KnowledgeFeedback(Guid articleId, Guid? userId, bool helpful, string? query, string? comment, DateTimeOffset at)
    {
        ArticleId = articleId;
        UserId = userId;
        Helpful = helpful;
        Query = query;
        Comment = comment;
        CreationTime = at;
    }
}
