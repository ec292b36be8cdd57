using CallCenter.Errors;
using CallCenter.Exceptions;
using CallCenter.Files;

namespace CallCenter.WorkOrders;

public sealed partial class TechnicianJobAppService
{
    private const string PhotoAction = "Photo";
    private const string SignatureAction = "Signature";

    private UploadRules PhotoRules => new(options.Value.MaxPhotoBytes, ImageSniffer.Detect,
        WorkOrderErrorCodes.PhotoNotAnImage, WorkOrderErrorCodes.PhotoTooLarge, WorkOrderErrorCodes.PhotoNotAnImage);

    private static readonly UploadRules SignatureRules = new(WorkOrderConsts.MaxSignatureBytes, ImageSniffer.DetectPng,
        WorkOrderErrorCodes.SignatureInvalid, WorkOrderErrorCodes.SignatureInvalid, WorkOrderErrorCodes.SignatureInvalid, "dataUrl");

    /// <summary>Photos and the signature of one order share its folder in the file store.</summary>
    private static string FolderOf(Guid workOrderId) => $"work-orders/{workOrderId:N}";

    public async Task<WorkOrderPhotoDto> UploadPhotoAsync(Guid id, string idempotencyKey, string fileName, string? contentType, Stream content, long length,
        CancellationToken ct = default)
    {
        var key = RequireKey(idempotencyKey);
        if (await query.FirstOrDefaultAsync(actions.Query().Where(a => a.IdempotencyKey == key), ct) is { } done)
        {
            if (done.WorkOrderId != id || done.Action != PhotoAction) throw new BusinessException(WorkOrderErrorCodes.IdempotencyKeyReused, "idempotencyKey");
            var earlier = await query.FirstOrDefaultAsync(storedFiles.Query().Where(p => p.Id == done.ResultId), ct) ?? throw new EntityNotFoundException("Photo", key);
            return WorkOrderReader.ToDto(earlier);
        }
        var order = await manager.LoadAsync(id, ct);
        if (currentUser.IsTechnician && order.AssignedTechnicianId != currentUser.Id) throw new BusinessException(WorkOrderErrorCodes.NotYourJob);
        var upload = new FileUpload(StoredFileKind.WorkOrderPhoto, order.Id, FolderOf(order.Id), fileName, "photo", content, length);
        return await files.UploadAsync(upload, PhotoRules, async photo =>
        {
            actions.Add(new WorkOrderActionRecord(key, order.Id, PhotoAction, currentUser.Id, time.GetUtcNow(), photo.Id));
            await uow.SaveChangesAsync(ct);
            return WorkOrderReader.ToDto(photo);
        }, ct);
    }

    public async Task<StoredFileDto> GetPhotoAsync(Guid id, Guid photoId, CancellationToken ct = default)
    {
        await manager.LoadAsync(id, ct); // not found for an order the caller may not see
        var photo = await query.FirstOrDefaultAsync(storedFiles.Query()
                        .Where(p => p.Id == photoId && p.OwnerId == id && p.Kind == StoredFileKind.WorkOrderPhoto), ct)
                    ?? throw new EntityNotFoundException("Photo", photoId);
        return files.Open(photo, "Photo");
    }

    public async Task<TechnicianActionResultDto> SaveSignatureAsync(Guid id, SignatureDto input, CancellationToken ct = default)
    {
        var key = RequireKey(input.IdempotencyKey);
        if (await ReplayAsync(key, id, SignatureAction, ct) is { } replay) return replay;
        const string prefix = "data:image/png;base64,";
        var invalid = new BusinessException(WorkOrderErrorCodes.SignatureInvalid, "dataUrl");
        if (input.DataUrl is null || !input.DataUrl.StartsWith(prefix, StringComparison.Ordinal)
            || input.DataUrl.Length - prefix.Length > WorkOrderConsts.MaxSignatureBytes * 4 / 3 + 4) throw invalid;
        byte[] png;
        try { png = Convert.FromBase64String(input.DataUrl[prefix.Length..]); }
        catch (FormatException) { throw invalid; }

        var order = await manager.LoadAsync(id, ct);
        if (currentUser.IsTechnician && order.AssignedTechnicianId != currentUser.Id) throw new BusinessException(WorkOrderErrorCodes.NotYourJob);
        if (order.Status is not (WorkOrderStatus.Accepted or WorkOrderStatus.EnRoute or WorkOrderStatus.OnSite or WorkOrderStatus.Resolved))
            throw new BusinessException(WorkOrderErrorCodes.IllegalTransition, "dataUrl", Localization.L.Get("WorkOrderStatus:" + order.Status), SignatureAction);
        var upload = FileUpload.FromBytes(StoredFileKind.WorkOrderSignature, order.Id, FolderOf(order.Id), order.Number + "-signature.png", "signature", png);
        var raced = await files.UploadAsync(upload, SignatureRules, async signature =>
        {
            order.RecordSignature(signature.Id, string.IsNullOrWhiteSpace(input.SignerName) ? order.ContactName : input.SignerName.Trim());
            actions.Add(new WorkOrderActionRecord(key, order.Id, SignatureAction, currentUser.Id, time.GetUtcNow()));
            var racedBy = await SaveOrReplayAsync(key, id, SignatureAction, ct);
            if (racedBy is not null) files.Discard(signature);
            return racedBy;
        }, ct);
        if (raced is not null) return raced;
        uow.DiscardChanges();
        return new TechnicianActionResultDto(await reader.ToDtoAsync(await manager.LoadAsync(id, ct), ct), false);
    }

    public async Task<StoredFileDto> GetSignatureAsync(Guid id, CancellationToken ct = default)
    {
        var order = await manager.LoadAsync(id, ct);
        var signature = order.SignatureFileId is { } fileId
            ? await query.FirstOrDefaultAsync(storedFiles.Query().Where(f => f.Id == fileId), ct)
            : null;
        if (signature is null) throw new EntityNotFoundException("Signature", id);
        return files.Open(signature, "Signature");
    }
}
