using CallCenter.Knowledge;

namespace CallCenter.Seeding.Knowledge;

/// <summary>One article of the seeded knowledge base, matched by <see cref="Code"/> so seeding is idempotent.</summary>
public sealed record KnowledgeSeedArticle(
    string Code,
    string CategoryCode,
    string Title,
    IReadOnlyList<string> Keywords,
    string StandardAnswer,
    string BodyMarkdown,
    ArticleAudience Audience = ArticleAudience.Public,
    ArticleStatus Status = ArticleStatus.Published)
{
    /// <summary>Question phrasings (常见问法), from <see cref="KnowledgeCorpus"/>'s table of them.</summary>
    public IReadOnlyList<string> Questions { get; init; } = [];
}
