using CallCenter.Errors;
using CallCenter.Exceptions;
using CallCenter.Identity;
using CallCenter.Localization;
using CallCenter.Notifications;
using CallCenter.Repositories;
using CallCenter.WorkOrders;

namespace CallCenter.Complaints;

/// <summary>
/// One step up the chain — station head (1), department (2), company management (3). Records the step, puts
/// the order on the supervision list with the answer required by when, and notifies the new owner. A complaint's
/// level follows (station → department → management); a repair escalates its supervision only.
/// </summary>
public sealed class ComplaintEscalator(
    IRepository<ComplaintEscalation> escalations,
    IRepository<SupervisionItem> supervision,
    IAsyncQueryExecuter query,
    Notifier notifier,
    ICurrentUser currentUser,
    Calendars.CompanyClock clock,
    TimeProvider time)
{
    /// <param name="toLevel">Null: one step up.</param>
    /// <param name="responseDueAt">When the new owner must answer (null: not set).</param>
    public async Task<ComplaintEscalation> EscalateAsync(WorkOrder order, EscalationLevel? toLevel, string reason, DateTimeOffset? responseDueAt, CancellationToken ct,
        SupervisionKind? kind = null)
    {
        var (from, toComplaintLevel) = order.Escalate(toLevel);
        var now = time.GetUtcNow();
        var level = (int)order.EscalationLevel;
        var escalation = new ComplaintEscalation(order.Id, from, toComplaintLevel, level, reason, now, currentUser.Id,
            currentUser.UserName ?? "system", responseDueAt);
        escalations.Add(escalation);

        var itemKind = kind ?? (order.Type == WorkOrderType.Complaint ? SupervisionKind.ComplaintOverdue
            : WorkOrderStateMachine.AwaitsResponse(order.Status) ? SupervisionKind.ResponseOverdue : SupervisionKind.ResolutionOverdue);
        var existing = await query.FirstOrDefaultAsync(supervision.Query()
            .Where(s => s.WorkOrderId == order.Id && s.Kind == itemKind && s.Status != SupervisionStatus.Closed), ct);
        if (existing is null)
            supervision.Add(new SupervisionItem(order.Id, itemKind, reason, order.StationId, L.Get("Supervision:ResponseRequired"), responseDueAt,
                level));
        else existing.Raise(level, responseDueAt);

        var due = responseDueAt is { } at ? clock.Format(at, "yyyy-MM-dd HH:mm") : "-";
        await notifier.ToEscalationLevelAsync(level, order.StationId,
            L.Get("Notification:Escalated:Title", null, order.Number, level),
            L.Get("Notification:Escalated:Body", null, reason, due), order.Id);
        return escalation;
    }
}
