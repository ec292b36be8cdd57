namespace CallCenter.Entities;

/// <summary>An aggregate root with audit fields, soft delete and an optimistic-concurrency stamp.</summary>
public abstract class AuditedAggregateRoot : Entity, IAuditedEntity, ISoftDelete
{
    public DateTimeOffset CreationTime { get; set; }
    public Guid? CreatorId { get; set; }
    public DateTimeOffset? LastModificationTime { get; set; }
    public Guid? LastModifierId { get; set; }
    public bool IsDeleted { get; set; }
    public DateTimeOffset? DeletionTime { get; set; }
    public Guid? DeleterId { get; set; }

    /// <summary>Changes on every save; a client that read an older stamp gets a conflict instead of overwriting.</summary>
    public string ConcurrencyStamp { get; set; } = Guid.NewGuid().ToString("N");
}
