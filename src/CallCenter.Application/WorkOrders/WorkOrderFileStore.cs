using Microsoft.Extensions.Options;

namespace CallCenter.WorkOrders;

/// <summary>
/// Photos and signatures on disk under <see cref="WorkOrderOptions.FileStorePath"/>, one folder per order; the
/// database keeps the metadata and the relative path. Files are written to a temporary name and moved into place,
/// so a half-written file never has a row pointing at it.
/// </summary>
public sealed class WorkOrderFileStore(IOptions<WorkOrderOptions> options)
{
    private string Root => Path.GetFullPath(options.Value.FileStorePath);

    public async Task<string> SaveAsync(Guid workOrderId, string fileName, ReadOnlyMemory<byte> content, CancellationToken ct)
    {
        var relative = Path.Combine(workOrderId.ToString("N"), fileName);
        var full = Resolve(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temp = full + ".tmp-" + Guid.NewGuid().ToString("N")[..8];
        await File.WriteAllBytesAsync(temp, content.ToArray(), ct);
        File.Move(temp, full, overwrite: true);
        return relative;
    }

    public Stream OpenRead(string relative) => File.OpenRead(Resolve(relative));

    public void TryDelete(string relative)
    {
        try { File.Delete(Resolve(relative)); }
        catch (IOException) { }
    }

    /// <summary>Keeps every path inside the root (a stored path is ours, but never trust a path blindly).</summary>
    private string Resolve(string relative)
    {
        var full = Path.GetFullPath(Path.Combine(Root, relative));
        if (!full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal)) throw new InvalidOperationException("Path outside the file store.");
        return full;
    }
}
