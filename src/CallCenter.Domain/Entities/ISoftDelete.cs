namespace CallCenter.Entities;

/// <summary>Deleting marks the row instead of removing it; a global query filter hides it from every query.</summary>
public interface ISoftDelete
{
    bool IsDeleted { get; set; }
    DateTimeOffset? DeletionTime { get; set; }
    Guid? DeleterId { get; set; }
}
