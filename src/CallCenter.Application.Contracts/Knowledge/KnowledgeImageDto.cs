namespace CallCenter.Knowledge;

/// <summary>An uploaded article image; <paramref name="Url"/> is what the Markdown refers to (![alt](Url)).</summary>
public sealed record KnowledgeImageDto(Guid Id, Guid ArticleId, string Url, string FileName, string ContentType, long SizeBytes, int? Width, int? Height);
