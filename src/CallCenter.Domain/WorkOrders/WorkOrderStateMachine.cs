using CallCenter.Errors;
using CallCenter.Exceptions;
using Stateless;

namespace CallCenter.WorkOrders;

/// <summary>
/// The legal moves of a work order, in one place (Stateless). Anything not listed here is an illegal transition
/// and leaves the API as CallCenter:WorkOrders:001 (a conflict in the host's status table) naming the state and the trigger.
/// </summary>
public static class WorkOrderStateMachine
{
    /// <summary>Triggers that need a reason (shown to the next person and kept in the transition history).</summary>
    public static readonly IReadOnlySet<WorkOrderTrigger> NeedReason = new HashSet<WorkOrderTrigger>
    {
        WorkOrderTrigger.Cancel, WorkOrderTrigger.Decline, WorkOrderTrigger.ReturnToDispatch, WorkOrderTrigger.Reopen,
    };

    public static StateMachine<WorkOrderStatus, WorkOrderTrigger> For(Func<WorkOrderStatus> get, Action<WorkOrderStatus> set)
    {
        var m = new StateMachine<WorkOrderStatus, WorkOrderTrigger>(get, set);
        m.Configure(WorkOrderStatus.Created)
            .Permit(WorkOrderTrigger.Dispatch, WorkOrderStatus.DispatchedToStation)
            .Permit(WorkOrderTrigger.Cancel, WorkOrderStatus.Cancelled);
        m.Configure(WorkOrderStatus.DispatchedToStation)
            .PermitReentry(WorkOrderTrigger.Dispatch) // routed on to another station
            .Permit(WorkOrderTrigger.Assign, WorkOrderStatus.Assigned)
            .Permit(WorkOrderTrigger.Cancel, WorkOrderStatus.Cancelled);
        m.Configure(WorkOrderStatus.Assigned)
            .PermitReentry(WorkOrderTrigger.Reassign)
            .Permit(WorkOrderTrigger.Accept, WorkOrderStatus.Accepted)
            .Permit(WorkOrderTrigger.Decline, WorkOrderStatus.DispatchedToStation)
            .Permit(WorkOrderTrigger.ReturnToDispatch, WorkOrderStatus.DispatchedToStation)
            .Permit(WorkOrderTrigger.Cancel, WorkOrderStatus.Cancelled);
        m.Configure(WorkOrderStatus.Accepted)
            .Permit(WorkOrderTrigger.StartTravel, WorkOrderStatus.EnRoute)
            .Permit(WorkOrderTrigger.Arrive, WorkOrderStatus.OnSite)
            .Permit(WorkOrderTrigger.Reassign, WorkOrderStatus.Assigned)
            .Permit(WorkOrderTrigger.ReturnToDispatch, WorkOrderStatus.DispatchedToStation)
            .Permit(WorkOrderTrigger.Cancel, WorkOrderStatus.Cancelled);
        m.Configure(WorkOrderStatus.EnRoute)
            .Permit(WorkOrderTrigger.Arrive, WorkOrderStatus.OnSite)
            .Permit(WorkOrderTrigger.Reassign, WorkOrderStatus.Assigned)
            .Permit(WorkOrderTrigger.ReturnToDispatch, WorkOrderStatus.DispatchedToStation)
            .Permit(WorkOrderTrigger.Cancel, WorkOrderStatus.Cancelled);
        m.Configure(WorkOrderStatus.OnSite)
            .Permit(WorkOrderTrigger.Resolve, WorkOrderStatus.Resolved)
            .Permit(WorkOrderTrigger.ReturnToDispatch, WorkOrderStatus.DispatchedToStation);
        m.Configure(WorkOrderStatus.Resolved)
            .Permit(WorkOrderTrigger.Revisit, WorkOrderStatus.Revisited)
            .Permit(WorkOrderTrigger.Reopen, WorkOrderStatus.Reopened);
        m.Configure(WorkOrderStatus.Revisited)
            .Permit(WorkOrderTrigger.Close, WorkOrderStatus.Closed)
            .Permit(WorkOrderTrigger.Reopen, WorkOrderStatus.Reopened);
        m.Configure(WorkOrderStatus.Closed)
            .Permit(WorkOrderTrigger.Reopen, WorkOrderStatus.Reopened);
        m.Configure(WorkOrderStatus.Reopened)
            .Permit(WorkOrderTrigger.Dispatch, WorkOrderStatus.DispatchedToStation)
            .Permit(WorkOrderTrigger.Assign, WorkOrderStatus.Assigned)
            .Permit(WorkOrderTrigger.Cancel, WorkOrderStatus.Cancelled);
        m.Configure(WorkOrderStatus.Cancelled);
        return m;
    }

    /// <summary>The state a trigger leads to from <paramref name="from"/>, or the illegal-transition error.</summary>
    public static WorkOrderStatus Target(WorkOrderStatus from, WorkOrderTrigger trigger)
    {
        var state = from;
        var machine = For(() => state, s => state = s);
        if (!machine.CanFire(trigger)) throw Illegal(from, trigger);
        machine.Fire(trigger);
        return state;
    }

    public static bool CanFire(WorkOrderStatus from, WorkOrderTrigger trigger) => For(() => from, _ => { }).CanFire(trigger);

    public static IReadOnlyList<WorkOrderTrigger> Allowed(WorkOrderStatus from)
    {
        var machine = For(() => from, _ => { });
        return Enum.GetValues<WorkOrderTrigger>().Where(machine.CanFire).ToList();
    }

    public static BusinessException Illegal(WorkOrderStatus from, WorkOrderTrigger trigger) =>
        new(WorkOrderErrorCodes.IllegalTransition, "trigger",
            Localization.L.Get("WorkOrderStatus:" + from), Localization.L.Get("WorkOrderTrigger:" + trigger));

    public static bool IsOpen(WorkOrderStatus status) => status is not (WorkOrderStatus.Closed or WorkOrderStatus.Cancelled);

    /// <summary>Before acceptance the response deadline runs; after it the resolution deadline.</summary>
    public static bool AwaitsResponse(WorkOrderStatus status) =>
        status is WorkOrderStatus.Created or WorkOrderStatus.DispatchedToStation or WorkOrderStatus.Assigned or WorkOrderStatus.Reopened;

    public static bool IsResolved(WorkOrderStatus status) =>
        status is WorkOrderStatus.Resolved or WorkOrderStatus.Revisited or WorkOrderStatus.Closed;
}
