using System.Net.Http.Json;
using CallCenter.Contacts;
using CallCenter.ScreenPop;
using static CallCenter.WorkOrders.WorkOrderTestData;

namespace CallCenter.WorkOrders;

/// <summary>
/// The screen pop's history (the contacts and orders statements of its one-round-trip batch): contacts come from the number or from the
/// caller's households, orders only while open, both newest first, and an unknown caller still sees their number's
/// earlier contacts.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ScreenPopHistoryTests(WorkOrderApiFactory factory) : IClassFixture<WorkOrderApiFactory>
{
    [Fact]
    public async Task Should_Show_An_Unknown_Callers_Earlier_Contacts_By_Number()
    {
        var admin = await factory.ClientForAsync("admin");
        var agent = await factory.ClientForAsync("agent");
        const string number = "13512345678";
        await (await admin.PostAsJsonAsync("/api/contacts", new CreateContactDto
        {
            Channel = ContactChannel.Phone, CallerNumber = number, CategoryId = await CategoryAsync(admin, "ZX-SF"), Notes = "询问缴费",
        }, Json.Options)).ShouldSucceedWith<ContactDto>();

        var pop = await (await agent.GetAsync($"/api/screen-pop?phone={number}")).ShouldSucceedWith<ScreenPopDto>();

        pop.Households.ShouldBeEmpty();
        pop.RecentContacts.ShouldContain(c => c.Summary == "询问缴费");
        pop.OpenWorkOrders.ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_List_Open_Orders_Newest_First_Without_Cancelled_Ones()
    {
        var admin = await factory.ClientForAsync("admin");
        var agent = await factory.ClientForAsync("agent");
        var older = await CreateRepairAsync(admin, admin, autoDispatch: false);
        var newer = await CreateRepairAsync(admin, admin, autoDispatch: false);
        var cancelled = await CreateRepairAsync(admin, admin, autoDispatch: false);
        await (await admin.PostAsJsonAsync($"/api/work-orders/{cancelled.Id}/cancel", new ReasonDto("重复报修"), Json.Options))
            .ShouldSucceedWith<WorkOrderDto>();

        var pop = await (await agent.GetAsync("/api/screen-pop?phone=%2B8613800138000")).ShouldSucceedWith<ScreenPopDto>();

        var numbers = pop.OpenWorkOrders.Select(o => o.Number).ToList();
        numbers.ShouldContain(older.Number);
        numbers.ShouldContain(newer.Number);
        numbers.ShouldNotContain(cancelled.Number);
        // The test host's clock stands still, so orders created in one test share a time: check the order, not ranks.
        pop.OpenWorkOrders.Select(o => o.CreationTime).ShouldBeInOrder(SortDirection.Descending);
        pop.OpenWorkOrders.Single(o => o.Number == newer.Number).Category.ShouldNotBeNull();
    }
}
