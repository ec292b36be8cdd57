namespace CallCenter.Acd;

/// <summary>Reads the ACD's configuration from the database. The ACD owner calls it on start and after <see cref="IAcdDirectoryListener.DirectoryChanged"/>.</summary>
public interface IAcdDirectoryReader
{
    Task<AcdDirectoryDto> LoadAsync(CancellationToken ct = default);
}

/// <summary>
/// Told when queues, agents, skills or reasons change (the configuration services call every registered listener after
/// their save). The ACD reloads off the caller's thread; an implementation must not block.
/// </summary>
public interface IAcdDirectoryListener
{
    void DirectoryChanged();
}
