namespace CallCenter.Files;

/// <summary>
/// The bytes of every <see cref="StoredFile"/>, kept outside the database, which holds their metadata and the relative
/// path this store returns. A saved file is complete or absent — never half-written — and a path never leads outside
/// the store.
/// </summary>
public interface IFileStore
{
    /// <summary>Saves <paramref name="content"/> as <paramref name="folder"/>/<paramref name="fileName"/>; returns the relative path to keep.</summary>
    Task<string> SaveAsync(string folder, string fileName, ReadOnlyMemory<byte> content, CancellationToken ct = default);

    /// <summary>The file at a path <see cref="SaveAsync"/> returned; <see cref="FileNotFoundException"/> when it is gone.</summary>
    Stream OpenRead(string path);

    /// <summary>Removes the file if it is there (clean-up after a failed database write).</summary>
    void TryDelete(string path);
}
