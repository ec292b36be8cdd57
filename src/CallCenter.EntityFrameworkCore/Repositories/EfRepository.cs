using CallCenter.Calendars;
using CallCenter.Customers;
using CallCenter.EntityFrameworkCore;
using CallCenter.Stations;
using CallCenter.WorkOrders;
using Microsoft.EntityFrameworkCore;

namespace CallCenter.Repositories;

/// <summary>The one repository implementation: a DbSet with the aggregate's children included on request.</summary>
public sealed class EfRepository<TEntity>(CallCenterDbContext db) : IRepository<TEntity> where TEntity : class
{
    public IQueryable<TEntity> Query() => db.Set<TEntity>();

    public IQueryable<TEntity> QueryWithDetails() => Query() switch
    {
        IQueryable<Household> households => (IQueryable<TEntity>)households.Include(h => h.Phones).AsSplitQuery(),
        IQueryable<Station> stations => (IQueryable<TEntity>)stations.Include(s => s.Communities),
        IQueryable<WorkOrder> orders => (IQueryable<TEntity>)orders.Include(w => w.Transitions).Include(w => w.Parts).AsSplitQuery(),
        IQueryable<BusinessCalendar> calendars => (IQueryable<TEntity>)calendars.Include(c => c.WorkingPeriods).Include(c => c.SpecialDays).AsSplitQuery(),
        var plain => plain,
    };

    public void Add(TEntity entity) => db.Set<TEntity>().Add(entity);

    public void Remove(TEntity entity) => db.Set<TEntity>().Remove(entity);
}
