using CallCenter.Common;
using CallCenter.Customers;
using CallCenter.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Identity;

[Collection(ApiCollection.Name)]
public sealed class StationScopingTests(CallCenterApiFactory factory) : IClassFixture<CallCenterApiFactory>
{
    [Fact]
    public async Task Should_Let_A_Technician_Read_Only_Their_Own_Stations_Households()
    {
        var admin = await factory.ClientForAsync("admin");
        var showcase = await HouseholdApiTests.ShowcaseIdAsync(admin); // station HR01
        var tech1 = await factory.ClientForAsync("tech1");             // HR01
        var tech2 = await factory.ClientForAsync("tech2");             // HR02

        (await tech1.GetAsync($"/api/households/{showcase}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await tech2.GetAsync($"/api/households/{showcase}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await tech2.GetAsync($"/api/households/{showcase}/history")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_List_And_Search_Only_The_Own_Station()
    {
        var hr02 = await StationIdAsync("HR02");
        var tech2 = await factory.ClientForAsync("tech2");

        var page = await (await tech2.GetAsync("/api/households?pageSize=500")).ShouldSucceedWith<PagedResultDto<HouseholdListItemDto>>();
        var search = await (await tech2.GetAsync("/api/households?filter=13800138000")).ShouldSucceedWith<PagedResultDto<HouseholdListItemDto>>();
        var asked = await (await tech2.GetAsync($"/api/households?stationId={await StationIdAsync("HR01")}")).ShouldSucceedWith<PagedResultDto<HouseholdListItemDto>>();

        page.Items.ShouldNotBeEmpty();
        page.Items.ShouldAllBe(h => h.StationId == hr02);
        page.TotalCount.ShouldBe(page.Items.Count);
        search.Items.ShouldBeEmpty();   // the showcase caller belongs to HR01
        asked.Items.ShouldBeEmpty();    // asking for another station's rows gives nothing
    }

    [Fact]
    public async Task Should_Show_An_Unscoped_Agent_Every_Station()
    {
        var agent = await factory.ClientForAsync("agent");

        var page = await (await agent.GetAsync("/api/households?pageSize=500")).ShouldSucceedWith<PagedResultDto<HouseholdListItemDto>>();

        page.Items.Select(h => h.StationId).Distinct().Count().ShouldBeGreaterThan(5);
    }

    private async Task<Guid> StationIdAsync(string code)
    {
        using var scope = factory.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<CallCenterDbContext>().Stations.Where(s => s.Code == code).Select(s => s.Id).SingleAsync();
    }
}
