namespace CallCenter.Files;

/// <summary>
/// <see cref="IFileStore"/> on a local (or mounted) disk. A file is written under a temporary name and moved into
/// place, so a crash mid-write leaves no file a row could point at; every path is resolved inside the root. A top
/// folder may be mounted elsewhere (<paramref name="mounts"/>: "work-orders" → the folder the work-order photos have
/// always been in), so files saved before there was one store stay where they are.
/// </summary>
public sealed class DiskFileStore(string root, IReadOnlyDictionary<string, string>? mounts = null) : IFileStore
{
    private readonly string _root = Path.GetFullPath(root);
    private readonly Dictionary<string, string> _mounts = (mounts ?? new Dictionary<string, string>())
        .ToDictionary(m => m.Key, m => Path.GetFullPath(m.Value), StringComparer.Ordinal);

    public async Task<string> SaveAsync(string folder, string fileName, ReadOnlyMemory<byte> content, CancellationToken ct = default)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        if (name.Length == 0 || name is "." or ".." || name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
            throw new ArgumentException("Not a file name.", nameof(fileName));
        var relative = (folder.Replace('\\', '/').Trim('/') + "/" + name).TrimStart('/');
        var full = Resolve(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temp = full + ".tmp-" + Guid.NewGuid().ToString("N")[..8];
        try
        {
            await using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
                await stream.WriteAsync(content, ct);
            File.Move(temp, full, overwrite: true);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
        return relative;
    }

    public Stream OpenRead(string path) =>
        new FileStream(Resolve(path), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);

    public void TryDelete(string path)
    {
        try
        {
            File.Delete(Resolve(path));
        }
        catch (IOException)
        {
            // Left for an operator; the row that pointed at it is gone either way.
        }
    }

    private string Resolve(string relative)
    {
        var normalized = relative.Replace('\\', '/');
        var slash = normalized.IndexOf('/');
        var (baseDir, rest) = slash > 0 && _mounts.TryGetValue(normalized[..slash], out var mounted)
            ? (mounted, normalized[(slash + 1)..])
            : (_root, normalized);
        var full = Path.GetFullPath(Path.Combine(baseDir, rest));
        if (!full.StartsWith(baseDir + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new ArgumentException("The path leads outside the file store.", nameof(relative));
        return full;
    }
}
