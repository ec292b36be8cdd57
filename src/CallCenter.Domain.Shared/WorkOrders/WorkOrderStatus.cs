namespace CallCenter.WorkOrders;

/// <summary>The states of a work order (派工单); transitions are guarded by the state machine in the domain.</summary>
public enum WorkOrderStatus
{
    Created,
    DispatchedToStation,
    Assigned,
    Accepted,
    EnRoute,
    OnSite,
    Resolved,
    Revisited,
    Closed,
    Reopened,
    Cancelled,
}
