namespace CallCenter.Auditing;

/// <summary>One change to an audited entity: who, when, which entity, and each field's old and new value.</summary>
public sealed class AuditLog
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public DateTimeOffset Time { get; set; }
    public Guid? UserId { get; set; }
    public string? UserName { get; set; }
    public string EntityType { get; set; } = "";
    public string EntityId { get; set; } = "";
    public AuditAction Action { get; set; }
    public List<AuditChange> Changes { get; set; } = [];
}
