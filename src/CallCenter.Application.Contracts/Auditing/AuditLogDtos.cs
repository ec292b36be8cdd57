namespace CallCenter.Auditing;

/// <param name="OldText">The name of what <paramref name="OldValue"/> refers to, when it is an id (a household, a person, a station).</param>
public sealed record AuditChangeDto(string Field, string? OldValue, string? NewValue, string? OldText = null, string? NewText = null);

/// <param name="UserDisplayName">The person's name of <paramref name="UserName"/>.</param>
/// <param name="EntityName">What the changed thing is called (a household's name, an order's number), when known.</param>
public sealed record AuditLogDto(
    Guid Id,
    DateTimeOffset Time,
    Guid? UserId,
    string? UserName,
    string EntityType,
    string EntityId,
    AuditAction Action,
    IReadOnlyList<AuditChangeDto> Changes,
    string? UserDisplayName = null,
    string? EntityName = null);

public sealed record GetAuditLogsInput : Common.PagedRequestDto
{
    public string? EntityType { get; init; }
    public string? EntityId { get; init; }
    public string? UserName { get; init; }
    public DateTimeOffset? From { get; init; }
    public DateTimeOffset? To { get; init; }
}
