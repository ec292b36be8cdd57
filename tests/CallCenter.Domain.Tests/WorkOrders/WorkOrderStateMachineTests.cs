using CallCenter.Exceptions;
using CallCenter.WorkOrders;

namespace CallCenter.WorkOrders;

public sealed class WorkOrderStateMachineTests
{
    /// <summary>The designed transitions; every other (state, trigger) pair must be refused.</summary>
    private static readonly Dictionary<(WorkOrderStatus, WorkOrderTrigger), WorkOrderStatus> Legal = new()
    {
        [(WorkOrderStatus.Created, WorkOrderTrigger.Dispatch)] = WorkOrderStatus.DispatchedToStation,
        [(WorkOrderStatus.Created, WorkOrderTrigger.Cancel)] = WorkOrderStatus.Cancelled,
        [(WorkOrderStatus.DispatchedToStation, WorkOrderTrigger.Dispatch)] = WorkOrderStatus.DispatchedToStation,
        [(WorkOrderStatus.DispatchedToStation, WorkOrderTrigger.Assign)] = WorkOrderStatus.Assigned,
        [(WorkOrderStatus.DispatchedToStation, WorkOrderTrigger.Cancel)] = WorkOrderStatus.Cancelled,
        [(WorkOrderStatus.Assigned, WorkOrderTrigger.Reassign)] = WorkOrderStatus.Assigned,
        [(WorkOrderStatus.Assigned, WorkOrderTrigger.Accept)] = WorkOrderStatus.Accepted,
        [(WorkOrderStatus.Assigned, WorkOrderTrigger.Decline)] = WorkOrderStatus.DispatchedToStation,
        [(WorkOrderStatus.Assigned, WorkOrderTrigger.ReturnToDispatch)] = WorkOrderStatus.DispatchedToStation,
        [(WorkOrderStatus.Assigned, WorkOrderTrigger.Cancel)] = WorkOrderStatus.Cancelled,
        [(WorkOrderStatus.Accepted, WorkOrderTrigger.StartTravel)] = WorkOrderStatus.EnRoute,
        [(WorkOrderStatus.Accepted, WorkOrderTrigger.Arrive)] = WorkOrderStatus.OnSite,
        [(WorkOrderStatus.Accepted, WorkOrderTrigger.Reassign)] = WorkOrderStatus.Assigned,
        [(WorkOrderStatus.Accepted, WorkOrderTrigger.ReturnToDispatch)] = WorkOrderStatus.DispatchedToStation,
        [(WorkOrderStatus.Accepted, WorkOrderTrigger.Cancel)] = WorkOrderStatus.Cancelled,
        [(WorkOrderStatus.EnRoute, WorkOrderTrigger.Arrive)] = WorkOrderStatus.OnSite,
        [(WorkOrderStatus.EnRoute, WorkOrderTrigger.Reassign)] = WorkOrderStatus.Assigned,
        [(WorkOrderStatus.EnRoute, WorkOrderTrigger.ReturnToDispatch)] = WorkOrderStatus.DispatchedToStation,
        [(WorkOrderStatus.EnRoute, WorkOrderTrigger.Cancel)] = WorkOrderStatus.Cancelled,
        [(WorkOrderStatus.OnSite, WorkOrderTrigger.Resolve)] = WorkOrderStatus.Resolved,
        [(WorkOrderStatus.OnSite, WorkOrderTrigger.ReturnToDispatch)] = WorkOrderStatus.DispatchedToStation,
        [(WorkOrderStatus.Resolved, WorkOrderTrigger.Revisit)] = WorkOrderStatus.Revisited,
        [(WorkOrderStatus.Resolved, WorkOrderTrigger.Reopen)] = WorkOrderStatus.Reopened,
        [(WorkOrderStatus.Revisited, WorkOrderTrigger.Close)] = WorkOrderStatus.Closed,
        [(WorkOrderStatus.Revisited, WorkOrderTrigger.Reopen)] = WorkOrderStatus.Reopened,
        [(WorkOrderStatus.Closed, WorkOrderTrigger.Reopen)] = WorkOrderStatus.Reopened,
        [(WorkOrderStatus.Reopened, WorkOrderTrigger.Dispatch)] = WorkOrderStatus.DispatchedToStation,
        [(WorkOrderStatus.Reopened, WorkOrderTrigger.Assign)] = WorkOrderStatus.Assigned,
        [(WorkOrderStatus.Reopened, WorkOrderTrigger.Cancel)] = WorkOrderStatus.Cancelled,
    };

    public static TheoryData<WorkOrderStatus, WorkOrderTrigger> AllPairs()
    {
        var data = new TheoryData<WorkOrderStatus, WorkOrderTrigger>();
        foreach (var s in Enum.GetValues<WorkOrderStatus>())
        foreach (var t in Enum.GetValues<WorkOrderTrigger>()) data.Add(s, t);
        return data;
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void Should_Allow_Exactly_The_Designed_Transitions(WorkOrderStatus from, WorkOrderTrigger trigger)
    {
        if (Legal.TryGetValue((from, trigger), out var to))
        {
            WorkOrderStateMachine.Target(from, trigger).ShouldBe(to);
            WorkOrderStateMachine.Allowed(from).ShouldContain(trigger);
        }
        else
        {
            var error = Should.Throw<BusinessException>(() => WorkOrderStateMachine.Target(from, trigger));
            error.Code.ShouldBe(Errors.WorkOrderErrorCodes.IllegalTransition);
            error.Field.ShouldBe("trigger");
            WorkOrderStateMachine.Allowed(from).ShouldNotContain(trigger);
        }
    }

    [Fact]
    public void Should_Record_An_Audited_Transition_And_Leave_The_Order_Unchanged_On_An_Illegal_One()
    {
        var order = new WorkOrder("WO-T-1", WorkOrderType.Repair, Guid.NewGuid(), Urgency.Medium, Impact.Household, WorkOrderPriority.Normal, null);
        var at = new DateTimeOffset(2026, 11, 23, 1, 0, 0, TimeSpan.Zero);
        order.Fire(WorkOrderTrigger.Dispatch, null, Guid.NewGuid(), "dispatcher", at);

        Should.Throw<BusinessException>(() => order.Fire(WorkOrderTrigger.Resolve, null, null, "x", at));

        order.Status.ShouldBe(WorkOrderStatus.DispatchedToStation);
        order.Transitions.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            t => t.From.ShouldBe(WorkOrderStatus.Created), t => t.To.ShouldBe(WorkOrderStatus.DispatchedToStation), t => t.UserName.ShouldBe("dispatcher"));
    }

    [Theory]
    [InlineData(WorkOrderTrigger.Cancel, WorkOrderStatus.Created)]
    [InlineData(WorkOrderTrigger.Decline, WorkOrderStatus.Assigned)]
    public void Should_Require_A_Reason_For_Cancel_And_Decline(WorkOrderTrigger trigger, WorkOrderStatus _)
    {
        var order = new WorkOrder("WO-T-2", WorkOrderType.Repair, Guid.NewGuid(), Urgency.Medium, Impact.Household, WorkOrderPriority.Normal, null);
        var now = DateTimeOffset.UtcNow;
        if (trigger == WorkOrderTrigger.Decline)
        {
            order.Fire(WorkOrderTrigger.Dispatch, null, null, null, now);
            order.Fire(WorkOrderTrigger.Assign, null, null, null, now);
        }
        Should.Throw<BusinessException>(() => order.Fire(trigger, " ", null, null, now)).Code.ShouldBe(Errors.WorkOrderErrorCodes.ReasonRequired);
    }
}
