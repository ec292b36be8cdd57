using CallCenter.Entities;

namespace CallCenter.Knowledge;

/// <summary>A node of the category tree (product → problem), e.g. 供热质量 → 暖气不热. Code is the natural key used by seeding and by disposition mapping.</summary>
public sealed class KnowledgeCategory : Entity
{
    public string Code { get; private set; } = "";
    public string Name { get; set; } = "";
    public Guid? ParentId { get; set; }
    public int SortOrder { get; set; }

    private KnowledgeCategory() { }

    public KnowledgeCategory(string code, string name, Guid? parentId, int sortOrder = 0)
    {
        Code = code.Trim();
        Name = name.Trim();
        ParentId = parentId;
        SortOrder = sortOrder;
    }
}
