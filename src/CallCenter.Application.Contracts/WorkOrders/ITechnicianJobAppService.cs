using CallCenter.Common;

namespace CallCenter.WorkOrders;

/// <summary>The technician's phone: my jobs and the idempotent actions on them.</summary>
public interface ITechnicianJobAppService
{
    /// <summary>The signed-in technician's open jobs (plus those resolved today), most urgent first.</summary>
    Task<PagedResultDto<WorkOrderListItemDto>> GetMineAsync(bool includeDone, CancellationToken ct = default);
    Task<TechnicianActionResultDto> ActAsync(Guid id, TechnicianActionDto input, CancellationToken ct = default);
    /// <summary>Rejects non-images and files over the configured size (ProblemDetails CallCenter:WorkOrders:009/010).</summary>
    Task<WorkOrderPhotoDto> UploadPhotoAsync(Guid id, string idempotencyKey, string fileName, string? contentType, Stream content, long length,
        CancellationToken ct = default);
    Task<StoredFileDto> GetPhotoAsync(Guid id, Guid photoId, CancellationToken ct = default);
    Task<TechnicianActionResultDto> SaveSignatureAsync(Guid id, SignatureDto input, CancellationToken ct = default);
    Task<StoredFileDto> GetSignatureAsync(Guid id, CancellationToken ct = default);
}
