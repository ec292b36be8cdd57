namespace CallCenter.Auditing;

/// <summary>
/// Marks an entity whose field changes are written to the audit log (who, when, field old → new).
/// <paramref name="entityType"/> names the log's entity (an owned child logs under its parent).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AuditedAttribute(string entityType) : Attribute
{
    public string EntityType { get; } = entityType;
}
