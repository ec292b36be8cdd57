using CallCenter.Auditing;
using CallCenter.Entities;
using CallCenter.WorkOrders;

namespace CallCenter.Contacts;

/// <summary>A node of the disposition tree (归档树), e.g. 报修 › 不热 with code BX-BR.</summary>
[Audited("Disposition")]
public sealed class DispositionNode : AuditedAggregateRoot
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public Guid? ParentId { get; set; }
    public int SortOrder { get; set; }
    public bool IsActive { get; set; } = true;
    public WorkOrderType? OpensWorkOrderType { get; set; }
    public Urgency? DefaultUrgency { get; set; }
}
