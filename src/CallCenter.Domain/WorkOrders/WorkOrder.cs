using CallCenter.Auditing;
using CallCenter.Complaints;
using CallCenter.Entities;
using CallCenter.Errors;
using CallCenter.Exceptions;

namespace CallCenter.WorkOrders;

/// <summary>
/// A repair or complaint work order (派工单). Every state change goes through <see cref="Fire"/>, which asks the
/// state machine and records a transition (who, when, why); the SLA deadlines live in <see cref="Sla"/>.
/// </summary>
[Audited("WorkOrder")]
public sealed partial class WorkOrder : AuditedAggregateRoot
{
    private readonly List<WorkOrderTransition> _transitions = [];
    private readonly List<WorkOrderPart> _parts = [];

    public string Number { get; private set; } = "";
    public WorkOrderType Type { get; private set; }
    public WorkOrderStatus Status { get; private set; } = WorkOrderStatus.Created;
    public Guid CategoryId { get; set; }
    public Urgency Urgency { get; private set; }
    public Impact Impact { get; private set; }
    public WorkOrderPriority Priority { get; private set; }
    public Guid? HouseholdId { get; private set; }
    public Guid? ContactId { get; set; }
    public string? CallerNumber { get; set; }
    public string? ContactName { get; set; }
    /// <summary>Where: the household's address, or a place for an unknown caller. Kept for the board and the map.</summary>
    public string? Location { get; set; }
    /// <summary>Community and building, for mass-incident matching without joining households.</summary>
    public string? Community { get; set; }
    public string? Building { get; set; }
    public Guid? StationId { get; private set; }
    public Guid? AssignedTechnicianId { get; private set; }
    public string? AssignedTechnicianName { get; private set; }
    public string? FaultSymptom { get; set; }
    public decimal? ReportedIndoorTempC { get; set; }
    public decimal? MeasuredIndoorTempC { get; set; }
    public string? Description { get; set; }
    public string? ResolutionNotes { get; set; }
    public string? CancelReason { get; private set; }
    public double? ArrivalLatitude { get; private set; }
    public double? ArrivalLongitude { get; private set; }
    public DateTimeOffset? AcceptedAt { get; private set; }
    public DateTimeOffset? ArrivedAt { get; private set; }
    public DateTimeOffset? ResolvedAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public bool? CustomerSatisfied { get; set; }
    /// <summary>Relative path of the customer's signature in the file store.</summary>
    public string? SignaturePath { get; set; }
    public string? SignerName { get; set; }
    public Guid? ParentId { get; private set; }
    public ComplaintLevel? ComplaintLevel { get; set; }
    /// <summary>0 none; 1 station head; 2 department; 3 company management.</summary>
    public int EscalationLevel { get; set; }
    public string? WorkflowInstanceId { get; set; }
    public WorkOrderSla Sla { get; private set; } = new();

    public IReadOnlyList<WorkOrderTransition> Transitions => _transitions;
    public IReadOnlyList<WorkOrderPart> Parts => _parts;

    private WorkOrder() { }

    public WorkOrder(string number, WorkOrderType type, Guid categoryId, Urgency urgency, Impact impact, WorkOrderPriority priority, Guid? householdId)
    {
        Number = number;
        Type = type;
        CategoryId = categoryId;
        Urgency = urgency;
        Impact = impact;
        Priority = priority;
        HouseholdId = householdId;
        if (type == WorkOrderType.Complaint) ComplaintLevel = Complaints.ComplaintLevel.Station;
    }

    public bool IsOpen => WorkOrderStateMachine.IsOpen(Status);
    public IReadOnlyList<WorkOrderTrigger> AllowedTriggers => WorkOrderStateMachine.Allowed(Status);

    /// <summary>Moves the order by a trigger; throws the illegal-transition error and changes nothing when not allowed.</summary>
    public WorkOrderTransition Fire(WorkOrderTrigger trigger, string? reason, Guid? userId, string? userName, DateTimeOffset now)
    {
        if (WorkOrderStateMachine.NeedReason.Contains(trigger) && string.IsNullOrWhiteSpace(reason))
            throw new BusinessException(WorkOrderErrorCodes.ReasonRequired, "reason");
        var from = Status;
        var to = WorkOrderStateMachine.Target(from, trigger);
        Status = to;
        OnEntered(trigger, to, reason, now);
        var transition = new WorkOrderTransition(Id, from, to, trigger, reason?.Trim(), userId, userName, now);
        _transitions.Add(transition);
        return transition;
    }

    public void RouteTo(Guid stationId) => StationId = stationId;

    /// <summary>Before dispatch: the station follows the household until a dispatcher routes it elsewhere.</summary>
    public void SetStation(Guid? stationId) => StationId = stationId;

    public void AssignTo(Guid technicianId, string technicianName)
    {
        AssignedTechnicianId = technicianId;
        AssignedTechnicianName = technicianName;
    }

    public void RecordArrival(double? latitude, double? longitude)
    {
        ArrivalLatitude = latitude;
        ArrivalLongitude = longitude;
    }

    public void LinkTo(WorkOrder parent)
    {
        if (parent.ParentId is not null) throw new BusinessException(WorkOrderErrorCodes.ParentIsChild, "parentWorkOrderId");
        if (!parent.IsOpen || WorkOrderStateMachine.IsResolved(parent.Status))
            throw new BusinessException(WorkOrderErrorCodes.ParentNotOpen, "parentWorkOrderId");
        ParentId = parent.Id;
        StationId = parent.StationId;
    }

    public void SetParts(IEnumerable<(string Name, decimal Quantity, string? Unit)> parts)
    {
        _parts.Clear();
        foreach (var (name, quantity, unit) in parts) _parts.Add(new WorkOrderPart(Id, name.Trim(), quantity, unit?.Trim()));
    }

    public void Reprioritize(Urgency urgency, Impact impact, WorkOrderPriority priority)
    {
        Urgency = urgency;
        Impact = impact;
        Priority = priority;
    }

    private void OnEntered(WorkOrderTrigger trigger, WorkOrderStatus to, string? reason, DateTimeOffset now)
    {
        switch (to)
        {
            case WorkOrderStatus.DispatchedToStation when trigger is WorkOrderTrigger.Decline or WorkOrderTrigger.ReturnToDispatch:
                AssignedTechnicianId = null;
                AssignedTechnicianName = null;
                AcceptedAt = null;
                break;
            case WorkOrderStatus.Assigned when trigger == WorkOrderTrigger.Reassign:
                AcceptedAt = null;
                break;
            case WorkOrderStatus.Accepted:
                AcceptedAt = now;
                break;
            case WorkOrderStatus.OnSite:
                ArrivedAt = now;
                break;
            case WorkOrderStatus.Resolved:
                ResolvedAt = now;
                break;
            case WorkOrderStatus.Closed:
                ClosedAt = now;
                break;
            case WorkOrderStatus.Reopened:
                AssignedTechnicianId = null;
                AssignedTechnicianName = null;
                AcceptedAt = null;
                ResolvedAt = null;
                ClosedAt = null;
                CustomerSatisfied = null;
                break;
            case WorkOrderStatus.Cancelled:
                CancelReason = reason?.Trim();
                break;
        }
    }
}
