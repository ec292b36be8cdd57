using CallCenter.Entities;

namespace CallCenter.WorkOrders;

/// <summary>One audited move of a work order: from, to, by which trigger, why, by whom, when. Never changed afterwards.</summary>
public sealed class WorkOrderTransition : Entity
{
    public Guid WorkOrderId { get; private set; }
    public WorkOrderStatus From { get; private set; }
    public WorkOrderStatus To { get; private set; }
    public WorkOrderTrigger Trigger { get; private set; }
    public string? Reason { get; private set; }
    public Guid? UserId { get; private set; }
    public string? UserName { get; private set; }
    public DateTimeOffset Time { get; private set; }

    private WorkOrderTransition() { }

    public WorkOrderTransition(Guid workOrderId, WorkOrderStatus from, WorkOrderStatus to, WorkOrderTrigger trigger, string? reason,
        Guid? userId, string? userName, DateTimeOffset time)
    {
        WorkOrderId = workOrderId;
        From = from;
        To = to;
        Trigger = trigger;
        Reason = reason;
        UserId = userId;
        UserName = userName;
        Time = time;
    }
}
