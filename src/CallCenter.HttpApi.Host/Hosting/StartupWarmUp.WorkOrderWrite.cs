using CallCenter.EntityFrameworkCore;
using CallCenter.Repositories;
using CallCenter.WorkOrders;
using Microsoft.EntityFrameworkCore;

namespace CallCenter.Hosting;

public sealed partial class StartupWarmUp
{
    /// <summary>
    /// A work order created, dispatched, saved and read back exactly as <c>POST /api/work-orders</c> does — inside a
    /// transaction that is rolled back, so nothing is kept: no order, no number used (the daily counter's UPSERT is in
    /// the same transaction), no notification (the outbox is a table in it too), no audit row. The restart benchmark
    /// (issue 15) showed the first seconds after ready spent on this path's cold parts — change tracking and the
    /// INSERT/UPDATE commands EF builds on the first save, the SLA and priority rules, the DTO read — which the read-only
    /// steps never reach. Not warmed: the dispatch flow's start, which writes to the workflow store outside this
    /// transaction (its definitions are compiled by <see cref="WarmWorkflowsAsync"/>).
    /// A database with no work order to copy the shape of (a new company) has nothing to warm: false.
    /// </summary>
    internal async Task<bool> WarmWorkOrderWriteAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<CallCenterDbContext>();
        var sample = await db.WorkOrders.AsNoTracking()
            .Where(w => w.HouseholdId != null && w.ParentId == null)
            .OrderByDescending(w => w.CreationTime)
            .Select(w => new { w.Type, w.CategoryId, w.HouseholdId })
            .FirstOrDefaultAsync(ct);
        if (sample is null) return false;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            var manager = services.GetRequiredService<WorkOrderManager>();
            var order = await manager.CreateAsync(new CreateWorkOrderDto
            {
                Type = sample.Type,
                CategoryId = sample.CategoryId,
                HouseholdId = sample.HouseholdId,
                FaultSymptom = "warm-up",
                Description = "start-up warm-up, rolled back",
            }, null, ct);
            if (order.ParentId is null) await manager.DispatchAsync(order, null, null, ct);
            await services.GetRequiredService<IUnitOfWork>().SaveChangesAsync(ct);
            await services.GetRequiredService<WorkOrderReader>().ToDtoAsync(await manager.LoadAsync(order.Id, ct), ct);
            return true;
        }
        finally
        {
            await transaction.RollbackAsync(CancellationToken.None);
        }
    }
}
