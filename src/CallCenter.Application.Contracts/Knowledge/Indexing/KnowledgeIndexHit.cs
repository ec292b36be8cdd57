namespace CallCenter.Knowledge.Indexing;

public sealed record KnowledgeIndexHit(Guid Id, float Score, string TitleHtml, string SnippetHtml);
