using CallCenter.Entities;

namespace CallCenter.WorkOrders;

/// <summary>
/// An applied technician action by its idempotency key (unique). A retry with the same key finds this row and
/// gets the same answer without applying anything; the row is written in the same transaction as the action.
/// </summary>
public sealed class WorkOrderActionRecord : Entity
{
    public string IdempotencyKey { get; private set; } = "";
    public Guid WorkOrderId { get; private set; }
    public string Action { get; private set; } = "";
    public Guid? UserId { get; private set; }
    public DateTimeOffset AppliedAt { get; private set; }
    /// <summary>The photo an upload created, so a retried upload answers with the same photo.</summary>
    public Guid? ResultId { get; private set; }

    private WorkOrderActionRecord() { }

    public WorkOrderActionRecord(string idempotencyKey, Guid workOrderId, string action, Guid? userId, DateTimeOffset appliedAt, Guid? resultId = null)
    {
        IdempotencyKey = idempotencyKey;
        WorkOrderId = workOrderId;
        Action = action;
        UserId = userId;
        AppliedAt = appliedAt;
        ResultId = resultId;
    }
}
