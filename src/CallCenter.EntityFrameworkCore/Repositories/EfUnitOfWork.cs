using CallCenter.EntityFrameworkCore;
using CallCenter.Errors;
using CallCenter.Exceptions;
using Microsoft.EntityFrameworkCore;

namespace CallCenter.Repositories;

public sealed class EfUnitOfWork(CallCenterDbContext db) : IUnitOfWork
{
    public async Task SaveChangesAsync(CancellationToken ct = default)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new BusinessException(CallCenterErrorCodes.ConcurrencyConflict, "concurrencyStamp");
        }
    }

    public async Task<IAsyncDisposable> BeginTransactionAsync(CancellationToken ct = default) =>
        await db.Database.BeginTransactionAsync(ct);

    public Task CommitTransactionAsync(CancellationToken ct = default) =>
        db.Database.CurrentTransaction?.CommitAsync(ct) ?? Task.CompletedTask;

    public void DiscardChanges() => db.ChangeTracker.Clear();
}
