using CallCenter.Common;
using CallCenter.Errors;
using CallCenter.Exceptions;
using CallCenter.Identity;
using CallCenter.Repositories;
using CallCenter.Stations;
using CallCenter.Validation;

namespace CallCenter.WorkOrders;

public sealed class SupervisionAppService(
    IRepository<SupervisionItem> items,
    IRepository<WorkOrder> orders,
    IRepository<Station> stations,
    IAsyncQueryExecuter query,
    IUnitOfWork uow,
    ICurrentUser currentUser,
    TimeProvider time) : ISupervisionAppService
{
    public async Task<PagedResultDto<SupervisionItemDto>> GetListAsync(GetSupervisionInput input, CancellationToken ct = default)
    {
        var q = items.Query();
        q = input.Status is { } status ? q.Where(s => s.Status == status) : q.Where(s => s.Status != SupervisionStatus.Closed);
        if (input.StationId is { } station) q = q.Where(s => s.OwnerStationId == station);
        var total = await query.CountAsync(q, ct);
        var rows = await query.ToListAsync(
            from s in q.OrderByDescending(s => s.EscalationLevel).ThenBy(s => s.ResponseDueAt).ThenBy(s => s.Id).Skip(input.Skip).Take(input.Take)
            join w in orders.Query() on s.WorkOrderId equals w.Id
            join st in stations.Query() on s.OwnerStationId equals st.Id into sts
            from st in sts.DefaultIfEmpty()
            select new { s, w.Number, w.Type, w.Status, w.Priority, StationName = st == null ? null : st.Name }, ct);
        return new PagedResultDto<SupervisionItemDto>(rows.Select(r => ToDto(r.s, r.Number, r.Type, r.Status, r.Priority, r.StationName)).ToList(), total);
    }

    public async Task<SupervisionItemDto> CreateAsync(CreateSupervisionDto input, CancellationToken ct = default)
    {
        new FieldValidator().RequiredMax("reason", input.Reason, WorkOrderConsts.MaxReasonLength)
            .RequiredMax("responseRequired", input.ResponseRequired, WorkOrderConsts.MaxReasonLength).ThrowIfInvalid();
        var order = await query.FirstOrDefaultAsync(orders.Query().Where(w => w.Id == input.WorkOrderId), ct)
                    ?? throw new EntityNotFoundException("WorkOrder", input.WorkOrderId);
        var due = input.ResponseHours is { } h and > 0 ? time.GetUtcNow().AddHours(h) : (DateTimeOffset?)null;
        var item = new SupervisionItem(order.Id, SupervisionKind.Manual, input.Reason.Trim(), order.StationId, input.ResponseRequired.Trim(), due,
            (int)order.EscalationLevel) { OwnerName = currentUser.UserName };
        items.Add(item);
        await uow.SaveChangesAsync(ct);
        return await GetAsync(item.Id, ct);
    }

    public async Task<SupervisionItemDto> RespondAsync(Guid id, RespondSupervisionDto input, CancellationToken ct = default)
    {
        new FieldValidator().RequiredMax("response", input.Response, WorkOrderConsts.MaxNotesLength).ThrowIfInvalid();
        var item = await LoadAsync(id, ct);
        if (item.Status == SupervisionStatus.Closed) throw new BusinessException(WorkOrderErrorCodes.SupervisionClosed);
        item.Respond(input.Response, currentUser.UserName, time.GetUtcNow());
        await uow.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    public async Task<SupervisionItemDto> CloseAsync(Guid id, CancellationToken ct = default)
    {
        var item = await LoadAsync(id, ct);
        item.Close();
        await uow.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    private async Task<SupervisionItem> LoadAsync(Guid id, CancellationToken ct) =>
        await query.FirstOrDefaultAsync(items.Query().Where(s => s.Id == id), ct) ?? throw new EntityNotFoundException("Supervision", id);

    private async Task<SupervisionItemDto> GetAsync(Guid id, CancellationToken ct)
    {
        var item = await LoadAsync(id, ct);
        var order = await query.FirstOrDefaultAsync(orders.Query().Where(w => w.Id == item.WorkOrderId)
            .Select(w => new { w.Number, w.Type, w.Status, w.Priority }), ct) ?? throw new EntityNotFoundException("WorkOrder", item.WorkOrderId);
        var station = item.OwnerStationId is { } sid ? await query.FirstOrDefaultAsync(stations.Query().Where(s => s.Id == sid).Select(s => s.Name), ct) : null;
        return ToDto(item, order.Number, order.Type, order.Status, order.Priority, station);
    }

    private static SupervisionItemDto ToDto(SupervisionItem s, string number, WorkOrderType type, WorkOrderStatus status, WorkOrderPriority priority, string? station) =>
        new(s.Id, s.WorkOrderId, number, type, status, priority, s.Kind, s.Reason, s.OwnerStationId, station, s.OwnerName, s.ResponseRequired,
            s.ResponseDueAt, s.Status, s.Response, s.RespondedAt, s.RespondedBy, s.EscalationLevel, s.CreationTime);
}
