using CallCenter.Entities;

namespace CallCenter.Knowledge;

/// <summary>Terms that mean the same to callers (暖气/供暖/采暖); a query for one finds articles that use another.</summary>
public sealed class KnowledgeSynonymGroup : Entity
{
    public List<string> Terms { get; set; } = [];

    private KnowledgeSynonymGroup() { }

    public KnowledgeSynonymGroup(IEnumerable<string> terms) => Terms = terms.ToList();
}
