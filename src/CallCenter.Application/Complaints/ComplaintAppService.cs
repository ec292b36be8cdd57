using CallCenter.Errors;
using CallCenter.Exceptions;
using CallCenter.Repositories;
using CallCenter.Validation;
using CallCenter.WorkOrders;

namespace CallCenter.Complaints;

public sealed class ComplaintAppService(
    IRepository<ComplaintEscalation> escalations,
    IAsyncQueryExecuter query,
    IUnitOfWork uow,
    WorkOrderManager manager,
    ComplaintEscalator escalator,
    IWorkOrderAppService workOrders,
    WorkOrderSignals signals) : IComplaintAppService
{
    public async Task<WorkOrderDto> EscalateAsync(Guid workOrderId, ReasonDto input, CancellationToken ct = default)
    {
        new FieldValidator().RequiredMax("reason", input.Reason, WorkOrderConsts.MaxReasonLength).ThrowIfInvalid();
        var order = await manager.LoadAsync(workOrderId, ct);
        if (order.Type != WorkOrderType.Complaint) throw new BusinessException(WorkOrderErrorCodes.NotAComplaint);
        if (!order.IsOpen) throw WorkOrderStateMachine.Illegal(order.Status, WorkOrderTrigger.Reopen);
        await escalator.EscalateAsync(order, null, input.Reason.Trim(), null, ct);
        await uow.SaveChangesAsync(ct);
        await signals.ChangedAsync(order, ct);
        uow.DiscardChanges();
        return await workOrders.GetAsync(workOrderId, ct);
    }

    public async Task<IReadOnlyList<ComplaintEscalationDto>> GetEscalationsAsync(Guid workOrderId, CancellationToken ct = default)
    {
        await manager.LoadAsync(workOrderId, ct);
        var rows = await query.ToListAsync(escalations.Query().Where(e => e.WorkOrderId == workOrderId).OrderBy(e => e.Time), ct);
        return rows.Select(WorkOrderReader.ToDto).ToList();
    }
}
