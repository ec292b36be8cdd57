namespace CallCenter.Files;

/// <summary>
/// One upload as it arrived: the bytes (<see cref="Content"/>, <see cref="Length"/> as the client declared it), the
/// name the client gave, and where the stored file will belong (<see cref="Kind"/>, <see cref="OwnerId"/>, store
/// <see cref="Folder"/>). <see cref="DefaultName"/> (without extension) names a file the client sent unnamed.
/// </summary>
public sealed record FileUpload(
    StoredFileKind Kind,
    Guid OwnerId,
    string Folder,
    string? FileName,
    string DefaultName,
    Stream? Content,
    long Length)
{
    public static FileUpload FromBytes(StoredFileKind kind, Guid ownerId, string folder, string? fileName, string defaultName, byte[] bytes) =>
        new(kind, ownerId, folder, fileName, defaultName, new MemoryStream(bytes, writable: false), bytes.Length);
}
