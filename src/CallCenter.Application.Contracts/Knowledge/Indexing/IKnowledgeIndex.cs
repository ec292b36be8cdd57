namespace CallCenter.Knowledge.Indexing;

/// <summary>
/// The full-text index of the knowledge base. PostgreSQL is the source of truth; the index is a copy that is
/// updated on every write (visible to the next search) and rebuilt from the database when missing or stale.
/// </summary>
public interface IKnowledgeIndex
{
    KnowledgeIndexState GetState();
    void Upsert(KnowledgeIndexDocument document);
    void Delete(Guid id);
    /// <summary>Replaces the whole content in one commit: searches see the old index until the new one is complete.</summary>
    void Rebuild(IEnumerable<KnowledgeIndexDocument> documents);
    /// <summary>Replaces the synonym table; applied at query time, so no re-indexing is needed.</summary>
    void SetSynonyms(IReadOnlyList<IReadOnlyList<string>> groups);
    KnowledgeIndexResult Search(KnowledgeIndexQuery query);
}
