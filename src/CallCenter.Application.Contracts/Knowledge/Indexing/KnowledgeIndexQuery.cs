namespace CallCenter.Knowledge.Indexing;

public sealed record KnowledgeIndexQuery(
    string Text,
    IReadOnlyCollection<ArticleStatus> Statuses,
    ArticleAudience? Audience = null,
    Guid? CategoryId = null,
    int Skip = 0,
    int Take = 10,
    bool WithFacets = false);
