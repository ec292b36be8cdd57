namespace CallCenter.Knowledge.Indexing;

/// <summary>What the index holds, compared with the database at start-up to decide whether to rebuild.</summary>
public sealed record KnowledgeIndexState(int DocumentCount, DateTimeOffset? NewestModifiedAt, bool SchemaCurrent);
