using CallCenter.Auditing;
using CallCenter.Entities;

namespace CallCenter.WorkOrders;

/// <summary>
/// A row of the supervision list (督办): an order that broke its deadline (or a supervisor picked), the reason,
/// who owns the answer (the station, a person) and what answer is required by when.
/// </summary>
[Audited("Supervision")]
public sealed class SupervisionItem : AuditedAggregateRoot
{
    public Guid WorkOrderId { get; private set; }
    public SupervisionKind Kind { get; private set; }
    public string Reason { get; private set; } = "";
    public Guid? OwnerStationId { get; private set; }
    public Guid? OwnerUserId { get; set; }
    public string? OwnerName { get; set; }
    public string ResponseRequired { get; private set; } = "";
    public DateTimeOffset? ResponseDueAt { get; private set; }
    public SupervisionStatus Status { get; private set; } = SupervisionStatus.Open;
    public string? Response { get; private set; }
    public DateTimeOffset? RespondedAt { get; private set; }
    public string? RespondedBy { get; private set; }
    public int EscalationLevel { get; private set; }

    private SupervisionItem() { }

    public SupervisionItem(Guid workOrderId, SupervisionKind kind, string reason, Guid? ownerStationId, string responseRequired,
        DateTimeOffset? responseDueAt, int escalationLevel)
    {
        WorkOrderId = workOrderId;
        Kind = kind;
        Reason = reason;
        OwnerStationId = ownerStationId;
        ResponseRequired = responseRequired;
        ResponseDueAt = responseDueAt;
        EscalationLevel = escalationLevel;
    }

    public void Raise(int escalationLevel, DateTimeOffset? responseDueAt)
    {
        EscalationLevel = Math.Max(EscalationLevel, escalationLevel);
        ResponseDueAt = responseDueAt ?? ResponseDueAt;
        if (Status == SupervisionStatus.Responded) Status = SupervisionStatus.Open;
    }

    public void Respond(string response, string? by, DateTimeOffset now)
    {
        Response = response.Trim();
        RespondedBy = by;
        RespondedAt = now;
        Status = SupervisionStatus.Responded;
    }

    public void Close() => Status = SupervisionStatus.Closed;
}
