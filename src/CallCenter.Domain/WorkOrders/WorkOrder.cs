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
    public Guid CategoryId { get; private set; }
    public Urgency Urgency { get; private set; }
    public Impact Impact { get; private set; }
    public WorkOrderPriority Priority { get; private set; }
    public Guid? HouseholdId { get; private set; }
    public Guid? ContactId { get; private set; }
    public string? CallerNumber { get; private set; }
    public string? ContactName { get; private set; }
    /// <summary>Where: the household's address, or a place for an unknown caller. Kept for the board and the map.</summary>
    public string? Location { get; private set; }
    /// <summary>Community and building, for mass-incident matching without joining households.</summary>
    public string? Community { get; private set; }
    public string? Building { get; private set; }
    public Guid? StationId { get; private set; }
    public Guid? AssignedTechnicianId { get; private set; }
    public string? AssignedTechnicianName { get; private set; }
    public string? FaultSymptom { get; private set; }
    public decimal? ReportedIndoorTempC { get; private set; }
    public decimal? MeasuredIndoorTempC { get; private set; }
    public string? Description { get; private set; }
    public string? ResolutionNotes { get; private set; }
    public string? CancelReason { get; private set; }
    public double? ArrivalLatitude { get; private set; }
    public double? ArrivalLongitude { get; private set; }
    public DateTimeOffset? AcceptedAt { get; private set; }
    public DateTimeOffset? ArrivedAt { get; private set; }
    public DateTimeOffset? ResolvedAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public bool? CustomerSatisfied { get; private set; }
    /// <summary>The customer's signature: a <see cref="Files.StoredFile"/> of kind WorkOrderSignature.</summary>
    public Guid? SignatureFileId { get; private set; }
    public string? SignerName { get; private set; }
    public Guid? ParentId { get; private set; }
    public ComplaintLevel? ComplaintLevel { get; private set; }
    public EscalationLevel EscalationLevel { get; private set; }
    public string? WorkflowInstanceId { get; private set; }
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

    /// <summary>The customer signed on the technician's phone; a later signature replaces the earlier one.</summary>
    public void RecordSignature(Guid signatureFileId, string? signerName)
    {
        SignatureFileId = signatureFileId;
        SignerName = signerName;
    }

    /// <summary>Who called, where, and what they reported — taken once, when the order is opened.</summary>
    public void RecordReport(WorkOrderReport report)
    {
        ContactId = report.ContactId;
        CallerNumber = report.CallerNumber;
        ContactName = report.ContactName;
        Location = report.Location;
        Community = report.Community;
        Building = report.Building;
        FaultSymptom = report.FaultSymptom;
        ReportedIndoorTempC = report.ReportedIndoorTempC;
        Description = report.Description;
    }

    /// <summary>The flow that drives this order (the board links to it). False when it was already attached.</summary>
    public bool AttachWorkflow(string instanceId)
    {
        if (WorkflowInstanceId == instanceId) return false;
        WorkflowInstanceId = instanceId;
        return true;
    }

    public void MeasureIndoorTemperature(decimal indoorTempC) => MeasuredIndoorTempC = indoorTempC;

    /// <summary>What the technician did, as written when resolving; replaces earlier notes.</summary>
    public void RecordResolution(string notes) => ResolutionNotes = notes.Trim();

    /// <summary>A note during the job, appended on its own line to what is there.</summary>
    public void AddNote(string note) =>
        ResolutionNotes = string.IsNullOrEmpty(ResolutionNotes) ? note.Trim() : ResolutionNotes + "\n" + note.Trim();

    /// <summary>The revisit call's answer; reopening clears it again.</summary>
    public void RecordSatisfaction(bool satisfied) => CustomerSatisfied = satisfied;

    /// <summary>
    /// One level up (<paramref name="toLevel"/> null) or up to <paramref name="toLevel"/>; never down. A complaint's own
    /// level moves one step with it. Returns the complaint level before and the one the escalation hands it to.
    /// </summary>
    public (ComplaintLevel? From, ComplaintLevel To) Escalate(EscalationLevel? toLevel = null)
    {
        var level = toLevel ?? EscalationLevel + 1;
        if (level > EscalationLevel.Management || Type == WorkOrderType.Complaint && ComplaintLevel == Complaints.ComplaintLevel.Management && toLevel is null)
            throw new BusinessException(WorkOrderErrorCodes.HighestLevel);
        var from = ComplaintLevel;
        if (Type == WorkOrderType.Complaint)
            ComplaintLevel = from switch
            {
                Complaints.ComplaintLevel.Station => Complaints.ComplaintLevel.Department,
                _ => Complaints.ComplaintLevel.Management,
            };
        if (level > EscalationLevel) EscalationLevel = level;
        var to = ComplaintLevel ?? level switch
        {
            >= EscalationLevel.Management => Complaints.ComplaintLevel.Management,
            EscalationLevel.Department => Complaints.ComplaintLevel.Department,
            _ => Complaints.ComplaintLevel.Station,
        };
        return (from, to);
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
