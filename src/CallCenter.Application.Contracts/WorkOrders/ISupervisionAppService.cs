using CallCenter.Common;

namespace CallCenter.WorkOrders;

/// <summary>The supervision list (督办): breached orders land here automatically; a supervisor may add any order.</summary>
public interface ISupervisionAppService
{
    Task<PagedResultDto<SupervisionItemDto>> GetListAsync(GetSupervisionInput input, CancellationToken ct = default);
    Task<SupervisionItemDto> CreateAsync(CreateSupervisionDto input, CancellationToken ct = default);
    Task<SupervisionItemDto> RespondAsync(Guid id, RespondSupervisionDto input, CancellationToken ct = default);
    Task<SupervisionItemDto> CloseAsync(Guid id, CancellationToken ct = default);
}
