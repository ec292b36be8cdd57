using CallCenter.EntityFrameworkCore;
using CallCenter.Hosting;
using CallCenter.Infrastructure;
using CallCenter.WorkOrders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Health;

/// <summary>
/// Issue 15: the start-up warm-up runs a work-order write (create, dispatch, save, read back) in a transaction it rolls
/// back. It must leave nothing behind — no order, no transition, no number taken from the day's counter — and the next
/// real order must get the next number.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class WorkOrderWriteWarmUpTests(CallCenterApiFactory factory) : IClassFixture<CallCenterApiFactory>
{
    [Fact]
    public async Task Should_Leave_No_Trace_Of_The_Work_Order_Write_It_Warms()
    {
        var admin = await factory.ClientForAsync("admin");
        var first = await WorkOrderTestData.CreateRepairAsync(admin, admin);
        var before = await CountsAsync();

        (await factory.Services.GetRequiredService<StartupWarmUp>().WarmWorkOrderWriteAsync(CancellationToken.None)).ShouldBeTrue("an order to copy exists");

        (await CountsAsync()).ShouldBe(before);
        var next = await WorkOrderTestData.CreateRepairAsync(admin, admin);
        SequenceOf(next.Number).ShouldBe(SequenceOf(first.Number) + 1, "the warm-up took no number from the day's counter");
    }

    // Notifications and audit rows are written in the same transaction, but the first order's flow may add its own
    // meanwhile; orders, their transitions and the counter change only through a write like the warm-up's.
    private async Task<(int Orders, int Transitions, int Counter)> CountsAsync()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CallCenterDbContext>();
        return (await db.WorkOrders.IgnoreQueryFilters().CountAsync(), await db.WorkOrderTransitions.CountAsync(),
            await db.DailySequences.SumAsync(s => s.Last));
    }

    private static int SequenceOf(string number) => int.Parse(number[(number.LastIndexOf('-') + 1)..]);
}
