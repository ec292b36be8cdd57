namespace CallCenter.Auditing;

public sealed record AuditChangeDto(string Field, string? OldValue, string? NewValue);

public sealed record AuditLogDto(
    Guid Id,
    DateTimeOffset Time,
    Guid? UserId,
    string? UserName,
    string EntityType,
    string EntityId,
    AuditAction Action,
    IReadOnlyList<AuditChangeDto> Changes);

public sealed record GetAuditLogsInput : Common.PagedRequestDto
{
    public string? EntityType { get; init; }
    public string? EntityId { get; init; }
    public string? UserName { get; init; }
    public DateTimeOffset? From { get; init; }
    public DateTimeOffset? To { get; init; }
}
