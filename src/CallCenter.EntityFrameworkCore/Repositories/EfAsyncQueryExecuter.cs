using Microsoft.EntityFrameworkCore;

namespace CallCenter.Repositories;

public sealed class EfAsyncQueryExecuter : IAsyncQueryExecuter
{
    public Task<List<T>> ToListAsync<T>(IQueryable<T> query, CancellationToken ct = default) => query.ToListAsync(ct);
    public Task<T?> FirstOrDefaultAsync<T>(IQueryable<T> query, CancellationToken ct = default) => query.FirstOrDefaultAsync(ct);
    public Task<int> CountAsync<T>(IQueryable<T> query, CancellationToken ct = default) => query.CountAsync(ct);
    public Task<bool> AnyAsync<T>(IQueryable<T> query, CancellationToken ct = default) => query.AnyAsync(ct);
}
