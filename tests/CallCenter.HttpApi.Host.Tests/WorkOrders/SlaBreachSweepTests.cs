using System.Net.Http.Json;
using CallCenter.Common;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.WorkOrders;

/// <summary>
/// An order nobody watches (no workflow: kept for review, as the demo orders are) still reaches the supervision list
/// (督办) once it is past its deadline — through the host's SLA sweep — and only once however often the sweep runs.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class SlaBreachSweepTests(WorkOrderApiFactory factory) : IClassFixture<WorkOrderApiFactory>
{
    [Fact]
    public async Task Should_File_A_Breached_Order_Without_A_Flow_On_The_Supervision_List_Once()
    {
        var admin = await factory.ClientForAsync("admin");
        var order = await WorkOrderTestData.CreateRepairAsync(admin, admin, autoDispatch: false);
        order.WorkflowInstanceId.ShouldBeNull();
        var responseDue = order.Sla.ResponseDueAt.ShouldNotBeNull();
        (await SweepAsync()).ShouldBeGreaterThanOrEqualTo(0);
        (await ItemsForAsync(admin, order.Id)).ShouldBeEmpty("not due yet");

        factory.Clock.SetUtcNow(responseDue.AddMinutes(1));
        (await SweepAsync()).ShouldBeGreaterThan(0);
        var item = (await ItemsForAsync(admin, order.Id)).ShouldHaveSingleItem();
        item.Kind.ShouldBe(SupervisionKind.ResponseOverdue);
        item.Reason.ShouldBe("超过接单时限仍未接单");
        item.WorkOrderNumber.ShouldBe(order.Number);

        await SweepAsync();
        (await ItemsForAsync(admin, order.Id)).ShouldHaveSingleItem("a second pass files nothing new");
    }

    private async Task<int> SweepAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SlaBreachSweep>().RunAsync(CancellationToken.None);
    }

    private static async Task<List<SupervisionItemDto>> ItemsForAsync(HttpClient admin, Guid orderId)
    {
        var all = new List<SupervisionItemDto>();
        for (var page = 1; ; page++)
        {
            var result = (await admin.GetFromJsonAsync<PagedResultDto<SupervisionItemDto>>($"/api/supervision?Page={page}&PageSize=100", Json.Options))!;
            all.AddRange(result.Items);
            if (result.Items.Count < 100) break;
        }
        return all.Where(i => i.WorkOrderId == orderId).ToList();
    }
}
