using CallCenter.Common;

namespace CallCenter.WorkOrders;

/// <summary>Work orders for agents, dispatchers and revisit agents; station scope applies to every query.</summary>
public interface IWorkOrderAppService
{
    Task<PagedResultDto<WorkOrderListItemDto>> GetListAsync(GetWorkOrdersInput input, CancellationToken ct = default);
    Task<WorkOrderDto> GetAsync(Guid id, CancellationToken ct = default);
    Task<WorkOrderDto> CreateAsync(CreateWorkOrderDto input, CancellationToken ct = default);
    Task<IReadOnlyList<MassIncidentCandidateDto>> GetMassIncidentCandidatesAsync(Guid? householdId, Guid categoryId, Guid? stationId, CancellationToken ct = default);
    Task<WorkOrderDto> LinkParentAsync(Guid id, LinkParentDto input, CancellationToken ct = default);
    Task<WorkOrderDto> DispatchAsync(Guid id, DispatchWorkOrderDto input, CancellationToken ct = default);
    /// <summary>Assigns, or reassigns an order already assigned/accepted/en route.</summary>
    Task<WorkOrderDto> AssignAsync(Guid id, AssignWorkOrderDto input, CancellationToken ct = default);
    Task<BulkAssignResultDto> BulkAssignAsync(BulkAssignWorkOrdersDto input, CancellationToken ct = default);
    Task<WorkOrderDto> CancelAsync(Guid id, ReasonDto input, CancellationToken ct = default);
    /// <summary>The revisit call's result: satisfied → Revisited; not satisfied → Reopened (a complaint goes one level up).</summary>
    Task<WorkOrderDto> RevisitAsync(Guid id, RevisitWorkOrderDto input, CancellationToken ct = default);
    /// <summary>Closes the order and every child of a mass incident together.</summary>
    Task<WorkOrderDto> CloseAsync(Guid id, CancellationToken ct = default);
    Task<WorkOrderDto> ReopenAsync(Guid id, ReasonDto input, CancellationToken ct = default);
    Task<IReadOnlyList<TechnicianWorkloadDto>> GetTechniciansAsync(Guid? stationId, CancellationToken ct = default);
}
