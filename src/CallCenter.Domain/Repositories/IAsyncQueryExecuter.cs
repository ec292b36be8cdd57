namespace CallCenter.Repositories;

/// <summary>Runs a LINQ query asynchronously without the Application layer knowing EF Core exists.</summary>
public interface IAsyncQueryExecuter
{
    Task<List<T>> ToListAsync<T>(IQueryable<T> query, CancellationToken ct = default);
    Task<T?> FirstOrDefaultAsync<T>(IQueryable<T> query, CancellationToken ct = default);
    Task<int> CountAsync<T>(IQueryable<T> query, CancellationToken ct = default);
    Task<bool> AnyAsync<T>(IQueryable<T> query, CancellationToken ct = default);
}
