using CallCenter.Entities;

namespace CallCenter.WorkOrders;

/// <summary>Metadata of a photo; the bytes live in the file store on disk under <see cref="StoragePath"/>.</summary>
public sealed class WorkOrderPhoto : Entity
{
    public Guid WorkOrderId { get; private set; }
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long SizeBytes { get; private set; }
    public int? Width { get; private set; }
    public int? Height { get; private set; }
    public string StoragePath { get; private set; } = "";
    public DateTimeOffset UploadedAt { get; private set; }
    public Guid? UploadedById { get; private set; }
    public string? UploadedBy { get; private set; }

    private WorkOrderPhoto() { }

    public WorkOrderPhoto(Guid id, Guid workOrderId, string fileName, string contentType, long sizeBytes, int? width, int? height,
        string storagePath, DateTimeOffset uploadedAt, Guid? uploadedById, string? uploadedBy)
    {
        Id = id;
        WorkOrderId = workOrderId;
        FileName = fileName;
        ContentType = contentType;
        SizeBytes = sizeBytes;
        Width = width;
        Height = height;
        StoragePath = storagePath;
        UploadedAt = uploadedAt;
        UploadedById = uploadedById;
        UploadedBy = uploadedBy;
    }
}
