namespace CallCenter.Knowledge;

public sealed record KnowledgeCategoryDto(Guid Id, string Code, string Name, Guid? ParentId, int SortOrder, int PublishedCount);

public sealed record CreateUpdateKnowledgeCategoryDto(string Code, string Name, Guid? ParentId, int SortOrder);

public sealed record KnowledgeSynonymsDto(IReadOnlyList<IReadOnlyList<string>> Groups);
