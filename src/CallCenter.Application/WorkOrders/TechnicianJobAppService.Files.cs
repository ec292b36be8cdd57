using CallCenter.Errors;
using CallCenter.Exceptions;
using CallCenter.Files;
using CallCenter.Identity;

namespace CallCenter.WorkOrders;

public sealed partial class TechnicianJobAppService
{
    private const string PhotoAction = "Photo";
    private const string SignatureAction = "Signature";

    public async Task<WorkOrderPhotoDto> UploadPhotoAsync(Guid id, string idempotencyKey, string fileName, string? contentType, Stream content, long length,
        CancellationToken ct = default)
    {
        var key = RequireKey(idempotencyKey);
        if (await query.FirstOrDefaultAsync(actions.Query().Where(a => a.IdempotencyKey == key), ct) is { } done)
        {
            if (done.WorkOrderId != id || done.Action != PhotoAction) throw new BusinessException(WorkOrderErrorCodes.IdempotencyKeyReused, "idempotencyKey");
            var earlier = await query.FirstOrDefaultAsync(photos.Query().Where(p => p.Id == done.ResultId), ct) ?? throw new EntityNotFoundException("Photo", key);
            return WorkOrderReader.ToDto(earlier);
        }
        var order = await manager.LoadAsync(id, ct);
        if (currentUser.IsTechnician && order.AssignedTechnicianId != currentUser.Id) throw new BusinessException(WorkOrderErrorCodes.NotYourJob);
        var max = options.Value.MaxPhotoBytes;
        var tooLarge = new BusinessException(WorkOrderErrorCodes.PhotoTooLarge, "file", Math.Round(max / 1024m / 1024m, 1));
        if (length > max) throw tooLarge;
        var bytes = await UploadReader.ReadAtMostAsync(content, max, ct) ?? throw tooLarge;
        var image = ImageSniffer.Detect(bytes) ?? throw new BusinessException(WorkOrderErrorCodes.PhotoNotAnImage, "file");

        var photoId = Guid.CreateVersion7();
        var stored = await files.SaveAsync(order.Id, photoId.ToString("N") + image.Extension, bytes, ct);
        var name = Path.GetFileName(string.IsNullOrWhiteSpace(fileName) ? "photo" + image.Extension : fileName);
        if (name.Length > WorkOrderConsts.MaxFileNameLength) name = name[^WorkOrderConsts.MaxFileNameLength..];
        var photo = new WorkOrderPhoto(photoId, order.Id, name, image.ContentType, bytes.Length, image.Width, image.Height, stored,
            time.GetUtcNow(), currentUser.Id, currentUser.UserName);
        photos.Add(photo);
        actions.Add(new WorkOrderActionRecord(key, order.Id, PhotoAction, currentUser.Id, time.GetUtcNow(), photoId));
        try
        {
            await uow.SaveChangesAsync(ct);
        }
        catch
        {
            files.TryDelete(stored); // nothing half-written: no row, no orphan file
            throw;
        }
        return WorkOrderReader.ToDto(photo);
    }

    public async Task<StoredFileDto> GetPhotoAsync(Guid id, Guid photoId, CancellationToken ct = default)
    {
        await manager.LoadAsync(id, ct); // not found for an order the caller may not see
        var photo = await query.FirstOrDefaultAsync(photos.Query().Where(p => p.Id == photoId && p.WorkOrderId == id), ct)
                    ?? throw new EntityNotFoundException("Photo", photoId);
        return new StoredFileDto(files.OpenRead(photo.StoragePath), photo.ContentType, photo.FileName);
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
        if (ImageSniffer.Detect(png)?.ContentType != "image/png") throw invalid;

        var order = await manager.LoadAsync(id, ct);
        if (currentUser.IsTechnician && order.AssignedTechnicianId != currentUser.Id) throw new BusinessException(WorkOrderErrorCodes.NotYourJob);
        if (order.Status is not (WorkOrderStatus.Accepted or WorkOrderStatus.EnRoute or WorkOrderStatus.OnSite or WorkOrderStatus.Resolved))
            throw new BusinessException(WorkOrderErrorCodes.IllegalTransition, "dataUrl", Localization.L.Get("WorkOrderStatus:" + order.Status), SignatureAction);
        var stored = await files.SaveAsync(order.Id, $"signature-{Guid.NewGuid():N}.png", png, ct);
        order.SignaturePath = stored;
        order.SignerName = string.IsNullOrWhiteSpace(input.SignerName) ? order.ContactName : input.SignerName.Trim();
        actions.Add(new WorkOrderActionRecord(key, order.Id, SignatureAction, currentUser.Id, time.GetUtcNow()));
        if (await SaveOrReplayAsync(key, id, SignatureAction, ct) is { } raced)
        {
            files.TryDelete(stored);
            return raced;
        }
        uow.DiscardChanges();
        return new TechnicianActionResultDto(await reader.ToDtoAsync(await manager.LoadAsync(id, ct), ct), false);
    }

    public async Task<StoredFileDto> GetSignatureAsync(Guid id, CancellationToken ct = default)
    {
        var order = await manager.LoadAsync(id, ct);
        if (order.SignaturePath is null) throw new EntityNotFoundException("Signature", id);
        return new StoredFileDto(files.OpenRead(order.SignaturePath), "image/png", order.Number + "-signature.png");
    }
}
