using CallCenter.Entities;

namespace CallCenter.Complaints;

/// <summary>One step up of a complaint or an overdue order: from which level to which, why, who, and the new deadline.</summary>
public sealed class ComplaintEscalation : Entity
{
    public Guid WorkOrderId { get; private set; }
    public ComplaintLevel? FromLevel { get; private set; }
    public ComplaintLevel ToLevel { get; private set; }
    public int EscalationLevel { get; private set; }
    public string Reason { get; private set; } = "";
    public DateTimeOffset Time { get; private set; }
    public Guid? UserId { get; private set; }
    public string? UserName { get; private set; }
    public DateTimeOffset? DueAt { get; private set; }

    private ComplaintEscalation() { }

    public ComplaintEscalation(Guid workOrderId, ComplaintLevel? fromLevel, ComplaintLevel toLevel, int escalationLevel, string reason,
        DateTimeOffset time, Guid? userId, string? userName, DateTimeOffset? dueAt)
    {
        WorkOrderId = workOrderId;
        FromLevel = fromLevel;
        ToLevel = toLevel;
        EscalationLevel = escalationLevel;
        Reason = reason;
        Time = time;
        UserId = userId;
        UserName = userName;
        DueAt = dueAt;
    }
}
