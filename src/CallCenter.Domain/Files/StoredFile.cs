using CallCenter.Entities;

namespace CallCenter.Files;

/// <summary>
/// One file a user gave us — a knowledge image, a job photo, a signature (and recordings and report PDFs to come).
/// The bytes are in the <see cref="IFileStore"/> under <see cref="StoragePath"/>; this row is what we know about them.
/// Its owner (<see cref="Kind"/> + <see cref="OwnerId"/>) is the article or work order the file belongs to.
/// </summary>
public sealed class StoredFile : Entity
{
    public StoredFileKind Kind { get; private set; }
    public Guid OwnerId { get; private set; }
    /// <summary>The name the client gave, without any folder; shown and offered as the download name.</summary>
    public string FileName { get; private set; } = "";
    /// <summary>As recognised from the bytes, never as the client declared it.</summary>
    public string ContentType { get; private set; } = "";
    /// <summary>0 for the signatures stored before this table existed (their size was never recorded).</summary>
    public long SizeBytes { get; private set; }
    public int? Width { get; private set; }
    public int? Height { get; private set; }
    public string StoragePath { get; private set; } = "";
    public DateTimeOffset CreationTime { get; private set; }
    public Guid? CreatorId { get; private set; }
    public string? CreatorName { get; private set; }

    private StoredFile() { }

    public StoredFile(Guid id, StoredFileKind kind, Guid ownerId, string fileName, string contentType, long sizeBytes, int? width, int? height,
        string storagePath, DateTimeOffset creationTime, Guid? creatorId, string? creatorName)
    {
        Id = id;
        Kind = kind;
        OwnerId = ownerId;
        FileName = fileName;
        ContentType = contentType;
        SizeBytes = sizeBytes;
        Width = width;
        Height = height;
        StoragePath = storagePath;
        CreationTime = creationTime;
        CreatorId = creatorId;
        CreatorName = creatorName;
    }
}
