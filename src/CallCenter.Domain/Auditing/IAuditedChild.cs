namespace CallCenter.Auditing;

/// <summary>A child row whose changes are logged on its parent's history (a household's phone, a station's community).</summary>
public interface IAuditedChild
{
    Guid ParentId { get; }
    /// <summary>How the child shows in the parent's history, e.g. "Phone".</summary>
    string AuditFieldName { get; }
    string AuditDisplayValue { get; }
}
