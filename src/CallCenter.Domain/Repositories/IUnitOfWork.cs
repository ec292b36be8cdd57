namespace CallCenter.Repositories;

/// <summary>Commits what the repositories changed, all or nothing.</summary>
public interface IUnitOfWork
{
    Task SaveChangesAsync(CancellationToken ct = default);
    Task<IAsyncDisposable> BeginTransactionAsync(CancellationToken ct = default);
    Task CommitTransactionAsync(CancellationToken ct = default);
    /// <summary>Forgets pending changes, e.g. after a row of an import failed.</summary>
    void DiscardChanges();
}
