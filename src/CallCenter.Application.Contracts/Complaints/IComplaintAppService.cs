using CallCenter.WorkOrders;

namespace CallCenter.Complaints;

/// <summary>Complaint levels: station → department → management; each step notifies the new owner and is recorded.</summary>
public interface IComplaintAppService
{
    Task<WorkOrderDto> EscalateAsync(Guid workOrderId, ReasonDto input, CancellationToken ct = default);
    Task<IReadOnlyList<ComplaintEscalationDto>> GetEscalationsAsync(Guid workOrderId, CancellationToken ct = default);
}
