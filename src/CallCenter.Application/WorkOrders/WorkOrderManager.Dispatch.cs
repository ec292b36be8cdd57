using CallCenter.Errors;
using CallCenter.Exceptions;
using CallCenter.Identity;
using CallCenter.Localization;
using CallCenter.Permissions;
using CallCenter.Stations;

namespace CallCenter.WorkOrders;

public sealed partial class WorkOrderManager
{
    /// <summary>Routes to <paramref name="stationId"/> or the order's own (household's) station and tells its dispatchers.</summary>
    public async Task DispatchAsync(WorkOrder order, Guid? stationId, string? note, CancellationToken ct)
    {
        if (order.Type == WorkOrderType.Repair && string.IsNullOrWhiteSpace(order.FaultSymptom))
            throw new BusinessException(WorkOrderErrorCodes.SymptomRequired, "faultSymptom");
        var target = stationId ?? order.StationId ?? throw new BusinessException(WorkOrderErrorCodes.NoStation, "stationId");
        await FireAsync(order, WorkOrderTrigger.Dispatch, note, ct);
        order.RouteTo(target);
        await notifier.ToRoleAsync(CallCenterRoles.StationDispatcher, target,
            L.Get("Notification:Dispatched:Title", null, order.Number),
            L.Get("Notification:Dispatched:Body", null, order.Number, order.FaultSymptom ?? "", order.Location ?? ""), order.Id);
    }

    /// <summary>Assigns (or reassigns) to a technician of the order's station and puts the job in their inbox.</summary>
    public async Task AssignAsync(WorkOrder order, Guid technicianId, string? note, CancellationToken ct)
    {
        var technician = await users.FindByIdAsync(technicianId.ToString());
        if (technician is null || !technician.IsActive || !await users.IsInRoleAsync(technician, CallCenterRoles.Technician))
            throw new BusinessException(WorkOrderErrorCodes.TechnicianUnknown, "technicianId");
        if (order.StationId is { } station && technician.StationId != station)
            throw new BusinessException(WorkOrderErrorCodes.TechnicianOfOtherStation, "technicianId");
        var trigger = order.Status is WorkOrderStatus.Assigned or WorkOrderStatus.Accepted or WorkOrderStatus.EnRoute
            ? WorkOrderTrigger.Reassign : WorkOrderTrigger.Assign;
        await FireAsync(order, trigger, note, ct);
        order.AssignTo(technician.Id, technician.DisplayName);
        if (order.StationId is null) order.RouteTo(technician.StationId ?? Guid.Empty);
        notifier.ToUser(technician.Id, technician.DisplayName, L.Get("Notification:Assigned:Title", null, order.Number),
            L.Get("Notification:Assigned:Body", null, order.Number, order.FaultSymptom ?? "", order.Location ?? ""), order.Id);
    }

    /// <summary>The station's active technicians with their open and accepted job counts.</summary>
    public async Task<IReadOnlyList<TechnicianWorkloadDto>> TechniciansAsync(Guid? stationId, IQueryable<Station> stations, CancellationToken ct)
    {
        var technicians = (await users.GetUsersInRoleAsync(CallCenterRoles.Technician))
            .Where(u => u.IsActive && (stationId is null || u.StationId == stationId)).ToList();
        var ids = technicians.Select(t => (Guid?)t.Id).ToList();
        var counts = await query.ToListAsync(orders.Query()
            .Where(w => ids.Contains(w.AssignedTechnicianId) && w.Status != WorkOrderStatus.Closed && w.Status != WorkOrderStatus.Cancelled
                        && w.Status != WorkOrderStatus.Resolved && w.Status != WorkOrderStatus.Revisited)
            .GroupBy(w => w.AssignedTechnicianId)
            .Select(g => new { Id = g.Key, Open = g.Count(), Accepted = g.Count(w => w.Status != WorkOrderStatus.Assigned) }), ct);
        var stationIds = technicians.Select(t => t.StationId).Distinct().ToList();
        var names = (await query.ToListAsync(stations.Where(s => stationIds.Contains(s.Id)).Select(s => new { s.Id, s.Name }), ct))
            .ToDictionary(s => s.Id, s => s.Name);
        return technicians.Select(t =>
        {
            var c = counts.FirstOrDefault(x => x.Id == t.Id);
            return new TechnicianWorkloadDto(t.Id, t.UserName ?? "", t.DisplayName, t.StationId,
                t.StationId is { } s ? names.GetValueOrDefault(s) : null, c?.Open ?? 0, c?.Accepted ?? 0);
        }).OrderBy(t => t.OpenJobs).ThenBy(t => t.DisplayName).ToList();
    }
}
