namespace CallCenter.Files;

/// <summary>Reads an upload into memory, bounded by what the feature accepts rather than by what the client claims.</summary>
public static class UploadReader
{
    /// <summary>The whole stream, or null once it passes <paramref name="max"/> bytes (a client may lie about the length).</summary>
    public static async Task<byte[]?> ReadAtMostAsync(Stream content, long max, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > max) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
