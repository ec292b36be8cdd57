using System.Net.Http.Json;
using CallCenter.Common;
using CallCenter.Infrastructure;

namespace CallCenter.WorkOrders;

/// <summary>
/// The board's mass-incident tab. Its filter once referred to the query it was filtering, which overflowed EF's
/// compiler stack and killed the host process on GET /api/work-orders?massIncidents=true.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class WorkOrderMassIncidentListTests(CallCenterApiFactory factory) : IClassFixture<CallCenterApiFactory>
{
    [Fact]
    public async Task Should_List_Only_Parents_Of_Linked_Orders()
    {
        var admin = await factory.ClientForAsync("admin");
        var parent = await WorkOrderTestData.CreateRepairAsync(admin, admin);
        var child = await WorkOrderTestData.CreateRepairAsync(admin, admin);
        var loner = await WorkOrderTestData.CreateRepairAsync(admin, admin);
        (await admin.PostAsJsonAsync($"/api/work-orders/{child.Id}/link-parent", new LinkParentDto(parent.Id), Json.Options)).EnsureSuccessStatusCode();

        var page = await (await admin.GetAsync("/api/work-orders?massIncidents=true&pageSize=200")).ShouldSucceedWith<PagedResultDto<WorkOrderListItemDto>>();

        page.Items.ShouldContain(w => w.Id == parent.Id);
        page.Items.ShouldNotContain(w => w.Id == child.Id);
        page.Items.ShouldNotContain(w => w.Id == loner.Id);
    }
}
