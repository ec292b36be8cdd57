namespace CallCenter.Repositories;

/// <summary>
/// Access to one aggregate's rows. Query() is tracked and already filtered (soft delete, station scope);
/// QueryWithDetails() also loads the aggregate's children (a household's phones).
/// </summary>
public interface IRepository<TEntity> where TEntity : class
{
    IQueryable<TEntity> Query();
    IQueryable<TEntity> QueryWithDetails();
    void Add(TEntity entity);
    void Remove(TEntity entity);
}
