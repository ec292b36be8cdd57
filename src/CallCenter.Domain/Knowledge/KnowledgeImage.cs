using CallCenter.Entities;

namespace CallCenter.Knowledge;

/// <summary>
/// An image an editor uploaded into an article. The bytes are in the file store (<see cref="StoragePath"/>); the
/// article's Markdown refers to it as /api/knowledge/images/{Id}, the only image address the sanitizer keeps.
/// </summary>
public sealed class KnowledgeImage : Entity
{
    public Guid ArticleId { get; private set; }
    public string FileName { get; private set; } = "";
    /// <summary>As recognised from the bytes, never as the client declared it.</summary>
    public string ContentType { get; private set; } = "";
    public long SizeBytes { get; private set; }
    public int? Width { get; private set; }
    public int? Height { get; private set; }
    public string StoragePath { get; private set; } = "";
    public DateTimeOffset CreationTime { get; private set; }
    public Guid? CreatorId { get; private set; }
    public string? CreatorName { get; private set; }

    private KnowledgeImage() { }

    public KnowledgeImage(Guid id, Guid articleId, string fileName, string contentType, long sizeBytes, int? width, int? height,
        string storagePath, DateTimeOffset at, Guid? creatorId, string? creatorName)
    {
        Id = id;
        ArticleId = articleId;
        FileName = fileName;
        ContentType = contentType;
        SizeBytes = sizeBytes;
        Width = width;
        Height = height;
        StoragePath = storagePath;
        CreationTime = at;
        CreatorId = creatorId;
        CreatorName = creatorName;
    }
}
