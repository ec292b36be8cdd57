namespace CallCenter.WorkOrders;

public sealed partial class WorkOrder
{
    /// <summary>
    /// A child of a mass incident follows its parent's milestones (resolved, closed, cancelled) instead of the
    /// usual path: it was never dispatched on its own. The transition is recorded like any other, with the
    /// parent's number as the reason.
    /// </summary>
    public WorkOrderTransition? FollowParent(WorkOrder parent, WorkOrderTrigger trigger, Guid? userId, string? userName, DateTimeOffset now)
    {
        var target = parent.Status;
        if (ParentId != parent.Id || Status == target || !IsOpen) return null;
        var from = Status;
        Status = target;
        OnEntered(trigger, target, parent.CancelReason, now);
        if (target == WorkOrderStatus.Resolved) ResolutionNotes ??= parent.ResolutionNotes;
        var transition = new WorkOrderTransition(Id, from, target, trigger, "随母单 " + parent.Number, userId, userName, now);
        _transitions.Add(transition);
        return transition;
    }
}
