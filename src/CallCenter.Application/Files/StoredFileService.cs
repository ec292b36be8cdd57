using CallCenter.Exceptions;
using CallCenter.Identity;
using CallCenter.Repositories;
using CallCenter.WorkOrders;

namespace CallCenter.Files;

/// <summary>
/// The one way a file gets in and out: size cap → content sniff → save → record, and the saved file deleted again when
/// recording fails, so there is never a row without a file nor a file without a row. Reading a file that is gone
/// answers not found (CallCenter:General:404), never a server error.
/// </summary>
public sealed class StoredFileService(IFileStore files, IRepository<StoredFile> rows, TimeProvider clock, ICurrentUser currentUser)
{
    /// <summary>
    /// Checks and saves <paramref name="upload"/>, adds its <see cref="StoredFile"/> row, then lets
    /// <paramref name="record"/> add what refers to it and commit. If <paramref name="record"/> throws, the file goes.
    /// </summary>
    public async Task<T> UploadAsync<T>(FileUpload upload, UploadRules rules, Func<StoredFile, Task<T>> record, CancellationToken ct)
    {
        var bytes = await ReadCappedAsync(upload, rules, ct);
        // The bytes decide what it is; the name and the declared type are the client's word.
        var content = rules.Sniff(bytes) ?? throw new BusinessException(rules.UnsupportedCode, rules.Field);
        var id = Guid.CreateVersion7();
        var path = await files.SaveAsync(upload.Folder, id.ToString("N") + content.Extension, bytes, ct);
        var file = new StoredFile(id, upload.Kind, upload.OwnerId, DisplayName(upload.FileName, upload.DefaultName + content.Extension),
            content.ContentType, bytes.Length, content.Width, content.Height, path, clock.GetUtcNow(), currentUser.Id, currentUser.UserName);
        try
        {
            rows.Add(file);
            return await record(file);
        }
        catch
        {
            files.TryDelete(path); // no row, no file
            throw;
        }
    }

    /// <summary>Removes the bytes of a file whose row was never committed (a racing request won).</summary>
    public void Discard(StoredFile file) => files.TryDelete(file.StoragePath);

    /// <summary>The bytes of <paramref name="file"/>; a file missing on disk is as not found as a missing row.</summary>
    public StoredFileDto Open(StoredFile file, string entityType, string? downloadName = null)
    {
        try
        {
            return new StoredFileDto(files.OpenRead(file.StoragePath), file.ContentType, downloadName ?? file.FileName);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new EntityNotFoundException(entityType, file.Id);
        }
    }

    private static async Task<byte[]> ReadCappedAsync(FileUpload upload, UploadRules rules, CancellationToken ct)
    {
        var missing = new BusinessException(rules.MissingCode, rules.Field);
        if (upload.Content is null || upload.Length == 0) throw missing;
        var tooLarge = new BusinessException(rules.TooLargeCode, rules.Field, Math.Round(rules.MaxBytes / 1024m / 1024m, 1));
        if (upload.Length > rules.MaxBytes) throw tooLarge;
        var bytes = await UploadReader.ReadAtMostAsync(upload.Content, rules.MaxBytes, ct) ?? throw tooLarge;
        return bytes.Length == 0 ? throw missing : bytes;
    }

    /// <summary>The client's name without folders or control characters, cut from the front to the column's length.</summary>
    private static string DisplayName(string? declared, string fallback)
    {
        var name = string.IsNullOrWhiteSpace(declared) ? "" : Path.GetFileName(declared.Replace('\\', '/').Trim());
        name = new string(name.Where(c => !char.IsControl(c)).ToArray());
        if (name.Length == 0 || name is "." or "..") name = fallback;
        return name.Length > StoredFileConsts.MaxFileNameLength ? name[^StoredFileConsts.MaxFileNameLength..] : name;
    }
}
