namespace CallCenter.Workflows.Designer;

/// <summary>A row of the designer's workflow list: latest and published version, live instances, last edit.</summary>
public sealed record WorkflowListItem(
    string DefinitionId,
    string Name,
    string? Description,
    int LatestVersion,
    int? PublishedVersion,
    bool LatestIsPublished,
    DateTimeOffset LatestCreatedAt,
    DateTimeOffset? PublishedAt,
    int LiveInstances,
    string? LastEditedBy,
    DateTimeOffset? LastEditedAt);
