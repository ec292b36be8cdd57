namespace CallCenter.Knowledge;

public sealed record KnowledgeSearchInput
{
    public string? Q { get; init; }
    public Guid? CategoryId { get; init; }
    /// <summary>Honoured for editors only; everyone else searches published articles.</summary>
    public ArticleStatus? Status { get; init; }
    public ArticleAudience? Audience { get; init; }
    public int? Page { get; init; }
    public int? PageSize { get; init; }
}

public sealed record KnowledgeSearchHitDto(
    Guid Id,
    string Code,
    string Title,
    /// <summary>HTML-escaped title with matches wrapped in &lt;em&gt;.</summary>
    string TitleHtml,
    /// <summary>HTML-escaped excerpt with matches wrapped in &lt;em&gt;.</summary>
    string SnippetHtml,
    string StandardAnswer,
    Guid CategoryId,
    string? CategoryName,
    ArticleAudience Audience,
    ArticleStatus Status,
    float Score);

public sealed record KnowledgeFacetDto(Guid CategoryId, string Name, int Count);

public sealed record KnowledgeSearchResultDto(IReadOnlyList<KnowledgeSearchHitDto> Items, int TotalCount, IReadOnlyList<KnowledgeFacetDto> Facets);

/// <summary>What the agent is working on: a disposition category code and/or the words typed in the wrap-up notes.</summary>
public sealed record KnowledgeSuggestionInput
{
    public string? Text { get; init; }
    public string? CategoryCode { get; init; }
    public int? Take { get; init; }
}
