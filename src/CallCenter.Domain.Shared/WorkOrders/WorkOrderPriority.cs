namespace CallCenter.WorkOrders;

/// <summary>Derived from urgency × impact; urgent orders run on the round-the-clock calendar.</summary>
public enum WorkOrderPriority
{
    Low,
    Normal,
    High,
    Urgent,
}
