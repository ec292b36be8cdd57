namespace CallCenter.WorkOrders;

/// <summary>What moves a work order from one state to another; each one is recorded as a transition.</summary>
public enum WorkOrderTrigger
{
    Dispatch,
    Assign,
    Reassign,
    Accept,
    Decline,
    StartTravel,
    Arrive,
    Resolve,
    ReturnToDispatch,
    Revisit,
    Close,
    Reopen,
    Cancel,
}
