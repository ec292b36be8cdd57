using System.Net;
using System.Net.Http.Json;
using CallCenter.Contacts;
using CallCenter.Customers;
using CallCenter.EntityFrameworkCore;
using CallCenter.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CallCenter.WorkOrders.WorkOrderTestData;

namespace CallCenter.WorkOrders;

/// <summary>
/// The screen pop reads households, contacts and open orders in one hand-written SQL batch (SqlCallerScreenLookup),
/// which must see exactly what the DbContext's query filters let each user see. Compared here with the same reads in
/// filtered LINQ, for an unscoped agent, two station scopes, a scope without a station and two technicians, over a
/// number shared by households of two stations plus a deleted one.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ScreenPopScopeEquivalenceTests(WorkOrderApiFactory factory) : IClassFixture<WorkOrderApiFactory>
{
    private const string Number = "+8615955550001";

    [Fact]
    public async Task Should_See_What_The_Query_Filters_Let_Each_User_See()
    {
        var admin = await factory.ClientForAsync("admin");
        var category = await CategoryAsync(admin, "BX-BR");
        var hr01Household = await HouseholdAsync(admin, "2100000001", "阳光小区");
        var hr02Household = await HouseholdAsync(admin, "2100000002", "经纬小区");
        var deleted = await HouseholdAsync(admin, "2100000003", "阳光小区");
        (await admin.DeleteAsync($"/api/households/{deleted}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        await ContactAsync(admin, category, householdId: null);
        await ContactAsync(admin, category, hr01Household);
        await ContactAsync(admin, category, hr02Household);
        var assigned = await OrderAsync(admin, category, hr01Household, autoDispatch: true); // assignable once dispatched
        (await admin.PostAsJsonAsync($"/api/work-orders/{assigned}/assign", new AssignWorkOrderDto(await UserIdAsync(admin, "tech1")), Json.Options))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        await OrderAsync(admin, category, hr01Household);
        var cancelled = await OrderAsync(admin, category, hr01Household);
        (await admin.PostAsJsonAsync($"/api/work-orders/{cancelled}/cancel", new ReasonDto("重复报修"), Json.Options)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await OrderAsync(admin, category, hr02Household);

        var hr01 = await StationIdAsync("HR01");
        var hr02 = await StationIdAsync("HR02");
        var tech1 = await UserIdAsync(admin, "tech1");
        var users = new (string Name, ICurrentUser User)[]
        {
            ("unscoped", AnonymousCurrentUser.Instance), ("HR01", new ScopedUser(hr01)), ("HR02", new ScopedUser(hr02)),
            ("scoped without station", new ScopedUser(null)), ("tech1", new ScopedUser(hr01, tech1, true)),
            ("another technician", new ScopedUser(hr01, Guid.NewGuid(), true)),
        };

        var seen = new Dictionary<string, CallerScreen>();
        foreach (var (name, user) in users)
        {
            var (batch, linq) = await BothAsync(user);
            batch.Households.Select(h => h.Id).ShouldBe(linq.Households, $"{name}: households");
            batch.RecentContacts.Select(c => c.Id).ShouldBe(linq.Contacts, ignoreOrder: true, $"{name}: contacts");
            batch.OpenWorkOrders.Select(o => o.Id).ShouldBe(linq.Orders, ignoreOrder: true, $"{name}: open orders");
            seen[name] = batch;
        }

        // The cases differ, so the comparison above compared something.
        seen["unscoped"].Households.Count.ShouldBe(2);
        seen["unscoped"].RecentContacts.Count.ShouldBe(3);
        seen["unscoped"].OpenWorkOrders.Count.ShouldBe(3);
        seen["HR02"].Households.ShouldHaveSingleItem().Id.ShouldBe(hr02Household);
        seen["HR01"].RecentContacts.Count.ShouldBe(1);
        seen["scoped without station"].Households.ShouldBeEmpty();
        seen["tech1"].OpenWorkOrders.ShouldHaveSingleItem().Id.ShouldBe(assigned);
        seen["another technician"].OpenWorkOrders.ShouldBeEmpty();
    }

    private async Task<(CallerScreen Batch, (List<Guid> Households, List<Guid> Contacts, List<Guid> Orders) Linq)> BothAsync(ICurrentUser user)
    {
        using var scope = factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CallCenterDbContext>();
        db.CurrentUser = user;
        var batch = await scope.ServiceProvider.GetRequiredService<ICallerScreenLookup>().FindAsync(Number, 20, 10);

        var households = await db.Households
            .Where(h => db.HouseholdPhones.Any(p => p.HouseholdId == h.Id && p.Number == Number))
            .OrderBy(h => h.AccountNumber).Take(20).Select(h => h.Id).ToListAsync();
        var ids = households.Select(id => (Guid?)id).ToList();
        var contacts = await db.Contacts.Where(c => c.CallerNumber == Number || ids.Contains(c.HouseholdId))
            .OrderByDescending(c => c.Time).Take(10).Select(c => c.Id).ToListAsync();
        var orders = await db.WorkOrders
            .Where(w => ids.Contains(w.HouseholdId) && w.Status != WorkOrderStatus.Closed && w.Status != WorkOrderStatus.Cancelled)
            .OrderByDescending(w => w.CreationTime).Take(10).Select(w => w.Id).ToListAsync();
        return (batch, (households, contacts, orders));
    }

    private static async Task<Guid> HouseholdAsync(HttpClient admin, string account, string community) =>
        (await (await admin.PostAsJsonAsync("/api/households", new CreateUpdateHouseholdDto
        {
            AccountNumber = account, Name = "共用号码" + account[^1], District = community == "阳光小区" ? "南岗区" : "道里区",
            Community = community, Phones = [new HouseholdPhoneInputDto("159-5555-0001")], HeatingAreaM2 = 60m,
        }, Json.Options)).ShouldSucceedWith<HouseholdDto>()).Id;

    private static async Task ContactAsync(HttpClient admin, Guid category, Guid? householdId) =>
        await (await admin.PostAsJsonAsync("/api/contacts", new CreateContactDto
        {
            Channel = ContactChannel.Phone, CallerNumber = householdId is null ? "15955550001" : null, HouseholdId = householdId,
            CategoryId = category, Notes = "equivalence",
        }, Json.Options)).ShouldSucceedWith<ContactDto>();

    private static async Task<Guid> OrderAsync(HttpClient admin, Guid category, Guid householdId, bool autoDispatch = false) =>
        (await (await admin.PostAsJsonAsync("/api/work-orders", new CreateWorkOrderDto
        {
            Type = WorkOrderType.Repair, CategoryId = category, HouseholdId = householdId, FaultSymptom = "暖气不热",
            ReportedIndoorTempC = 15, AutoDispatch = autoDispatch,
        }, Json.Options)).ShouldSucceedWith<WorkOrderDto>()).Id;

    private async Task<Guid> StationIdAsync(string code)
    {
        using var scope = factory.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<CallCenterDbContext>().Stations.Where(s => s.Code == code).Select(s => s.Id).SingleAsync();
    }

    private sealed class ScopedUser(Guid? station, Guid? id = null, bool technician = false) : ICurrentUser
    {
        public Guid? Id => id ?? Guid.Empty;
        public string? UserName => "scope-equivalence-user";
        public Guid? ScopedStationId => station ?? Guid.Empty;
        public bool IsStationScoped => true;
        public bool IsTechnician => technician;
    }
}
