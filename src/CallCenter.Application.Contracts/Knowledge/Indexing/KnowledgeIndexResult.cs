namespace CallCenter.Knowledge.Indexing;

/// <summary>CategoryCounts: hits per leaf category among the matches (for facets); empty unless asked for.</summary>
public sealed record KnowledgeIndexResult(IReadOnlyList<KnowledgeIndexHit> Hits, int TotalCount, IReadOnlyDictionary<Guid, int> CategoryCounts);
