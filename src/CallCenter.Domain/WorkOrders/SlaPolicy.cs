using CallCenter.Auditing;
using CallCenter.Entities;

namespace CallCenter.WorkOrders;

/// <summary>Allowed business time to accept and to resolve, per type, category (null: any) and priority.</summary>
[Audited("SlaPolicy")]
public sealed class SlaPolicy : AuditedAggregateRoot
{
    public WorkOrderType Type { get; set; }
    public Guid? CategoryId { get; set; }
    public WorkOrderPriority Priority { get; set; }
    public int ResponseMinutes { get; set; }
    public int ResolutionMinutes { get; set; }
    /// <summary>Counts every minute instead of business time (urgent: no heat does not wait for Monday).</summary>
    public bool RoundTheClock { get; set; }
    public int WarningPercent { get; set; } = 80;
}
