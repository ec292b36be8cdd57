namespace CallCenter.Entities;

/// <summary>Creation and modification fields, set by the auditing interceptor, never by hand.</summary>
public interface IAuditedEntity
{
    DateTimeOffset CreationTime { get; set; }
    Guid? CreatorId { get; set; }
    DateTimeOffset? LastModificationTime { get; set; }
    Guid? LastModifierId { get; set; }
}
