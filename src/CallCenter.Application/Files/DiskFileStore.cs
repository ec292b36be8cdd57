namespace CallCenter.Files;

/// <summary>
/// <see cref="IFileStore"/> on a local (or mounted) disk. A file is written under a temporary name and moved into
/// place, so a crash mid-write leaves no file a row could point at; every path is resolved inside the root.
/// </summary>
public sealed class DiskFileStore(string root) : IFileStore
{
    private readonly string _root = Path.GetFullPath(root);

    public async Task<string> SaveAsync(string folder, string fileName, ReadOnlyMemory<byte> content, CancellationToken ct = default)
    {
        var relative = Path.Combine(folder, Path.GetFileName(fileName)).Replace('\\', '/');
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
        var full = Path.GetFullPath(Path.Combine(_root, relative));
        if (!full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new ArgumentException("The path leads outside the file store.", nameof(relative));
        return full;
    }
}
