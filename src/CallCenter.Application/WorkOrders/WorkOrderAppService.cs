using CallCenter.Common;
using CallCenter.Complaints;
using CallCenter.Errors;
using CallCenter.Exceptions;
using CallCenter.Repositories;
using CallCenter.Stations;
using CallCenter.Validation;

namespace CallCenter.WorkOrders;

public sealed partial class WorkOrderAppService(
    IRepository<WorkOrder> orders,
    IRepository<Station> stations,
    IAsyncQueryExecuter query,
    IUnitOfWork uow,
    WorkOrderManager manager,
    WorkOrderReader reader,
    WorkOrderSignals signals,
    ComplaintEscalator escalator,
    Microsoft.Extensions.Options.IOptions<WorkOrderOptions> options,
    TimeProvider time) : IWorkOrderAppService
{
    public async Task<WorkOrderDto> GetAsync(Guid id, CancellationToken ct = default) => await reader.ToDtoAsync(await manager.LoadAsync(id, ct), ct);

    public async Task<WorkOrderDto> CreateAsync(CreateWorkOrderDto input, CancellationToken ct = default)
    {
        var order = await CreateAndStartAsync(input, null, ct);
        return await GetAsync(order.Id, ct);
    }

    /// <summary>
    /// Creates, routes (when asked), saves, then starts the type's workflow; used by the contact form too. An order
    /// kept in Created for a dispatcher's review starts its flow when it is dispatched (<see cref="DispatchAsync"/>).
    /// </summary>
    public async Task<WorkOrder> CreateAndStartAsync(CreateWorkOrderDto input, Guid? contactId, CancellationToken ct, Func<WorkOrder, Task>? beforeSave = null)
    {
        var order = await manager.CreateAsync(input, contactId, ct);
        if (input.AutoDispatch && order.ParentId is null) await manager.DispatchAsync(order, null, null, ct);
        if (beforeSave is not null) await beforeSave(order);
        await uow.SaveChangesAsync(ct);
        if (order.Status != WorkOrderStatus.Created) await StartFlowAsync(order, ct);
        return order;
    }

    /// <summary>
    /// The flow records its instance on the order itself (CreateWorkOrder) in its own unit of work, so after it ran
    /// the copy tracked here is stale: dropped, never saved over the flow's changes. Callers re-read what they return.
    /// </summary>
    private async Task StartFlowAsync(WorkOrder order, CancellationToken ct)
    {
        if (order.WorkflowInstanceId is not null || order.ParentId is not null) return;
        if (await signals.StartAsync(order, ct) is not null) uow.DiscardChanges();
    }

    public async Task<IReadOnlyList<MassIncidentCandidateDto>> GetMassIncidentCandidatesAsync(Guid? householdId, Guid categoryId, Guid? stationId,
        CancellationToken ct = default)
    {
        string? community = null, building = null;
        if (householdId is { } hid)
        {
            var household = await query.FirstOrDefaultAsync(manager.Households.Query().Where(h => h.Id == hid), ct)
                            ?? throw new EntityNotFoundException("Household", hid);
            (community, building, stationId) = (household.Community, household.Building, stationId ?? household.StationId);
        }
        if (community is null && stationId is null) return [];
        var since = time.GetUtcNow() - options.Value.MassIncidentWindow;
        var open = new[] { WorkOrderStatus.Closed, WorkOrderStatus.Cancelled, WorkOrderStatus.Resolved, WorkOrderStatus.Revisited };
        var rows = await query.ToListAsync(orders.Query()
            .Where(w => w.CategoryId == categoryId && w.ParentId == null && w.CreationTime >= since && !open.Contains(w.Status)
                        && ((community != null && w.Community == community && w.Building == building) || (stationId != null && w.StationId == stationId)))
            .OrderByDescending(w => w.CreationTime).Take(20), ct);
        var items = await reader.ToListItemsAsync(rows, ct);
        return items.Select(i =>
        {
            var row = rows.First(r => r.Id == i.Id);
            return new MassIncidentCandidateDto(i.Id, i.Number, i.Status, i.CategoryPath, i.Address, i.StationName, i.CreationTime, i.ChildCount,
                community is not null && row.Community == community && row.Building == building);
        }).OrderByDescending(c => c.SameBuilding).ThenByDescending(c => c.CreationTime).ToList();
    }

    public async Task<WorkOrderDto> LinkParentAsync(Guid id, LinkParentDto input, CancellationToken ct = default)
    {
        var order = await manager.LoadAsync(id, ct);
        if (order.Id == input.ParentWorkOrderId || order.Status is not (WorkOrderStatus.Created or WorkOrderStatus.DispatchedToStation))
            throw WorkOrderStateMachine.Illegal(order.Status, WorkOrderTrigger.Dispatch);
        if (await query.AnyAsync(orders.Query().Where(w => w.ParentId == order.Id), ct))
            throw new BusinessException(WorkOrderErrorCodes.ParentIsChild, "parentWorkOrderId");
        order.LinkTo(await manager.LoadAsync(input.ParentWorkOrderId, ct));
        return await SaveAsync(order, ct);
    }

    public async Task<WorkOrderDto> DispatchAsync(Guid id, DispatchWorkOrderDto input, CancellationToken ct = default)
    {
        var order = await manager.LoadAsync(id, ct);
        if (input.StationId is { } sid && !await query.AnyAsync(stations.Query().Where(s => s.Id == sid), ct))
            throw new BusinessException(WorkOrderErrorCodes.NoStation, "stationId");
        await manager.DispatchAsync(order, input.StationId, input.Note, ct);
        var dispatched = await SaveAsync(order, ct);
        if (dispatched.WorkflowInstanceId is not null || dispatched.ParentId is not null) return dispatched;
        await StartFlowAsync(await manager.LoadAsync(id, ct), ct); // reviewed and dispatched: its flow starts now
        return await GetAsync(id, ct);
    }

    public async Task<WorkOrderDto> AssignAsync(Guid id, AssignWorkOrderDto input, CancellationToken ct = default)
    {
        var order = await manager.LoadAsync(id, ct);
        await manager.AssignAsync(order, input.TechnicianId, input.Note, ct);
        return await SaveAsync(order, ct);
    }

    /// <summary>Each order on its own: one that cannot be assigned is reported and the rest still are.</summary>
    public async Task<BulkAssignResultDto> BulkAssignAsync(BulkAssignWorkOrdersDto input, CancellationToken ct = default)
    {
        // A body without "workOrderIds" binds as null: a 400 naming the field, not a NullReferenceException.
        if (input.WorkOrderIds is not { Count: > 0 })
            new Validation.FieldValidator().Add("workOrderIds", "Validation:Required").ThrowIfInvalid();
        var assigned = new List<Guid>();
        var failed = new List<BulkAssignFailureDto>();
        foreach (var id in input.WorkOrderIds!.Distinct())
        {
            try
            {
                var order = await manager.LoadAsync(id, ct);
                await manager.AssignAsync(order, input.TechnicianId, null, ct);
                await uow.SaveChangesAsync(ct);
                await signals.ChangedAsync(order, ct);
                assigned.Add(id);
            }
            catch (BusinessException e)
            {
                uow.DiscardChanges();
                failed.Add(new BulkAssignFailureDto(id, e.Code, Localization.L.Get(e.Code, null, e.Args)));
            }
        }
        return new BulkAssignResultDto(assigned, failed);
    }

    public async Task<WorkOrderDto> CancelAsync(Guid id, ReasonDto input, CancellationToken ct = default) =>
        await FireAndSaveAsync(id, WorkOrderTrigger.Cancel, input.Reason, ct);

    public async Task<WorkOrderDto> RevisitAsync(Guid id, RevisitWorkOrderDto input, CancellationToken ct = default)
    {
        new FieldValidator().MaxLength("notes", input.Notes, WorkOrderConsts.MaxNotesLength).ThrowIfInvalid();
        var order = await manager.LoadAsync(id, ct);
        if (input.Satisfied)
        {
            await manager.FireAsync(order, WorkOrderTrigger.Revisit, input.Notes, ct);
            order.RecordSatisfaction(true);
        }
        else
        {
            // Not satisfied: reopen; a complaint goes back up one level ("pass it on to the department again").
            await manager.FireAsync(order, WorkOrderTrigger.Reopen, string.IsNullOrWhiteSpace(input.Notes) ? "客户不满意" : input.Notes, ct);
            order.RecordSatisfaction(false);
            if (order.Type == WorkOrderType.Complaint && order.ComplaintLevel != ComplaintLevel.Management)
                await escalator.EscalateAsync(order, null, "客户不满意：" + (input.Notes ?? ""), null, ct);
        }
        return await SaveAsync(order, ct);
    }

    public async Task<WorkOrderDto> CloseAsync(Guid id, CancellationToken ct = default) => await FireAndSaveAsync(id, WorkOrderTrigger.Close, null, ct);

    public async Task<WorkOrderDto> ReopenAsync(Guid id, ReasonDto input, CancellationToken ct = default) =>
        await FireAndSaveAsync(id, WorkOrderTrigger.Reopen, input.Reason, ct);

    public Task<IReadOnlyList<TechnicianWorkloadDto>> GetTechniciansAsync(Guid? stationId, CancellationToken ct = default) =>
        manager.TechniciansAsync(stationId, stations.Query(), ct);

    private async Task<WorkOrderDto> FireAndSaveAsync(Guid id, WorkOrderTrigger trigger, string? reason, CancellationToken ct)
    {
        var order = await manager.LoadAsync(id, ct);
        await manager.FireAsync(order, trigger, reason, ct);
        return await SaveAsync(order, ct);
    }

    private async Task<WorkOrderDto> SaveAsync(WorkOrder order, CancellationToken ct)
    {
        await uow.SaveChangesAsync(ct);
        await signals.ChangedAsync(order, ct);
        // Re-read: the workflow may have moved the order on (escalated, notified) while handling the signal.
        uow.DiscardChanges();
        return await GetAsync(order.Id, ct);
    }
}
