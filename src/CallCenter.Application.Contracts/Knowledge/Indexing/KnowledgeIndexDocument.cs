namespace CallCenter.Knowledge.Indexing;

/// <summary>What the index holds of one article: its searchable text as plain text (Markdown already stripped).</summary>
public sealed record KnowledgeIndexDocument(
    Guid Id,
    string Code,
    string Title,
    IReadOnlyList<string> Keywords,
    string StandardAnswer,
    string BodyText,
    /// <summary>The editor's question phrasings (常见问法).</summary>
    IReadOnlyList<string> Questions,
    /// <summary>The article's category and all its ancestors, so filtering by a parent finds the children's articles.</summary>
    IReadOnlyList<Guid> CategoryPath,
    ArticleStatus Status,
    ArticleAudience Audience,
    int HelpfulCount,
    int NotHelpfulCount,
    /// <summary>The row's last change; the index compares the newest of these with the database to detect staleness.</summary>
    DateTimeOffset ModifiedAt);
