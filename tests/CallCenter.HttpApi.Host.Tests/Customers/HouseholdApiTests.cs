using CallCenter.Auditing;
using CallCenter.Common;
using CallCenter.Customers;
using CallCenter.EntityFrameworkCore;
using CallCenter.Errors;
using CallCenter.ScreenPop;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Customers;

[Collection(ApiCollection.Name)]
public sealed class HouseholdApiTests(CallCenterApiFactory factory) : IClassFixture<CallCenterApiFactory>
{
    [Theory]
    [InlineData("0451-8888-1234")]
    [InlineData("+86 451 88881234")]
    [InlineData("13800138000")]
    [InlineData("138 0013 8000")]
    [InlineData("1000000001")]
    [InlineData("王秀英")]
    public async Task Should_Find_The_Showcase_Household_By_Phone_In_Any_Format_Account_Or_Name(string filter)
    {
        var client = await factory.ClientForAsync("agent");

        var page = await (await client.GetAsync($"/api/households?filter={Uri.EscapeDataString(filter)}"))
            .ShouldSucceedWith<PagedResultDto<HouseholdListItemDto>>();

        page.Items.ShouldContain(h => h.AccountNumber == "1000000001" && h.Name == "王秀英");
    }

    [Fact]
    public async Task Should_Page_And_Sort_The_List()
    {
        var client = await factory.ClientForAsync("supervisor");

        var first = await (await client.GetAsync("/api/households?page=1&pageSize=10&sort=-accountNumber")).ShouldSucceedWith<PagedResultDto<HouseholdListItemDto>>();
        var second = await (await client.GetAsync("/api/households?page=2&pageSize=10&sort=-accountNumber")).ShouldSucceedWith<PagedResultDto<HouseholdListItemDto>>();

        first.TotalCount.ShouldBeGreaterThanOrEqualTo(CallCenterApiFactory.SeededHouseholds);
        first.Items.Count.ShouldBe(10);
        first.Items.Select(h => h.AccountNumber).ShouldBe(first.Items.Select(h => h.AccountNumber).OrderByDescending(a => a, StringComparer.Ordinal));
        string.CompareOrdinal(first.Items[^1].AccountNumber, second.Items[0].AccountNumber).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Should_Pop_The_Caller_Household_With_Status_And_Care_Flags()
    {
        var client = await factory.ClientForAsync("agent");

        var pop = await (await client.GetAsync("/api/screen-pop?phone=%2B8613800138000")).ShouldSucceedWith<ScreenPopDto>();

        pop.NormalizedNumber.ShouldBe("+8613800138000");
        var household = pop.Households.ShouldHaveSingleItem();
        household.Name.ShouldBe("王秀英");
        household.CareFlags.ShouldBe(CareFlags.ElderlyLivingAlone);
        household.StationName.ShouldBe("阳光换热站");
        // The demo seed opens WO-DEMO-0001 (radiators not warm) for the first HR01 household, the showcase caller.
        pop.RecentContacts.ShouldContain(c => c.Category == "报修/不热");
        pop.RecentContacts.Select(c => c.Time).ShouldBeInOrder(SortDirection.Descending);
        pop.OpenWorkOrders.ShouldContain(o => o.Number == "WO-DEMO-0001");
    }

    [Fact]
    public async Task Should_Return_An_Empty_Pop_For_An_Unknown_Or_Garbled_Number()
    {
        var client = await factory.ClientForAsync("agent");

        (await (await client.GetAsync("/api/screen-pop?phone=13911112222")).ShouldSucceedWith<ScreenPopDto>()).Households.ShouldBeEmpty();
        var garbled = await (await client.GetAsync("/api/screen-pop?phone=anonymous")).ShouldSucceedWith<ScreenPopDto>();
        garbled.NormalizedNumber.ShouldBeNull();
        garbled.Households.ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_Record_Who_Changed_What_When_A_Household_Is_Edited()
    {
        var client = await factory.ClientForAsync("agent");
        var id = await ShowcaseIdAsync(client);
        var before = await (await client.GetAsync($"/api/households/{id}")).ShouldSucceedWith<HouseholdDto>();
        var notes = "楼道暖气漏水，已告知物业 " + Guid.NewGuid().ToString("N")[..6];

        var updated = await (await client.PutAsJsonAsync($"/api/households/{id}", ToInput(before) with
        {
            Notes = notes,
            Phones = [new HouseholdPhoneInputDto("13800138000", true), new HouseholdPhoneInputDto("0451-88881234"), new HouseholdPhoneInputDto("139-0451-0000")],
        })).ShouldSucceedWith<HouseholdDto>();

        updated.Notes.ShouldBe(notes);
        updated.ConcurrencyStamp.ShouldNotBe(before.ConcurrencyStamp);
        var history = await (await client.GetAsync($"/api/households/{id}/history")).ShouldSucceedWith<List<AuditLogDto>>();
        var entry = history.First();
        entry.UserName.ShouldBe("agent");
        entry.Action.ShouldBe(AuditAction.Updated);
        entry.Changes.ShouldContain(c => c.Field == "Notes" && c.OldValue == before.Notes && c.NewValue == notes);
        entry.Changes.ShouldContain(c => c.Field == "Phone" && c.OldValue == null && c.NewValue == "+8613904510000");
        entry.Changes.ShouldNotContain(c => c.Field == "ConcurrencyStamp");
    }

    [Fact]
    public async Task Should_Refuse_A_Stale_Edit_With_A_Conflict()
    {
        var client = await factory.ClientForAsync("agent");
        var id = await ShowcaseIdAsync(client);
        var read = await (await client.GetAsync($"/api/households/{id}")).ShouldSucceedWith<HouseholdDto>();
        (await client.PutAsJsonAsync($"/api/households/{id}", ToInput(read) with { Notes = "first writer" })).EnsureSuccessStatusCode();

        var stale = await client.PutAsJsonAsync($"/api/households/{id}", ToInput(read) with { Notes = "second writer" });

        await stale.ShouldBeProblem(HttpStatusCode.Conflict, CallCenterErrorCodes.ConcurrencyConflict);
        (await (await client.GetAsync($"/api/households/{id}")).ShouldSucceedWith<HouseholdDto>()).Notes.ShouldBe("first writer");
    }

    [Fact]
    public async Task Should_Reject_Bad_Input_Naming_The_Fields_And_Store_Nothing()
    {
        var client = await factory.ClientForAsync("agent", "en");
        var before = await CountAsync();

        var response = await client.PostAsJsonAsync("/api/households", new CreateUpdateHouseholdDto
        {
            AccountNumber = "", Name = new string('张', 80), District = "南岗区", Community = "阳光小区",
            Phones = [new HouseholdPhoneInputDto("13800138000"), new HouseholdPhoneInputDto("not-a-phone")], HeatingAreaM2 = -5,
        });

        var errors = await response.ShouldBeProblem(HttpStatusCode.BadRequest, CallCenterErrorCodes.ValidationFailed);
        errors.Keys.ShouldBe(["accountNumber", "name", "heatingAreaM2", "phones[1].number"], ignoreOrder: true);
        errors["phones[1].number"].ShouldHaveSingleItem().ShouldContain("not-a-phone");
        errors["accountNumber"].ShouldHaveSingleItem().ShouldBe("Required.");
        (await CountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Should_Reject_Malformed_Json_Naming_The_Field()
    {
        var client = await factory.ClientForAsync("agent");
        var before = await CountAsync();

        var response = await client.PostAsync("/api/households",
            new StringContent("""{"accountNumber":"X1","heatingAreaM2":"lots"}""", System.Text.Encoding.UTF8, "application/json"));

        var errors = await response.ShouldBeProblem(HttpStatusCode.BadRequest, CallCenterErrorCodes.ValidationFailed);
        errors.Keys.ShouldContain("heatingAreaM2");
        (await CountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Should_Refuse_A_Duplicate_Account_Number()
    {
        var client = await factory.ClientForAsync("agent");

        var response = await client.PostAsJsonAsync("/api/households", new CreateUpdateHouseholdDto
        {
            AccountNumber = "1000000001", Name = "重复", District = "南岗区", Community = "阳光小区", Phones = [new HouseholdPhoneInputDto("13900001111")],
        });

        (await response.ShouldBeProblem(HttpStatusCode.Conflict, CallCenterErrorCodes.HouseholdAccountNumberTaken)).Keys.ShouldContain("accountNumber");
    }

    [Fact]
    public async Task Should_Derive_The_Station_From_The_Community_Unless_Set()
    {
        var client = await factory.ClientForAsync("agent");

        var created = await (await client.PostAsJsonAsync("/api/households", new CreateUpdateHouseholdDto
        {
            AccountNumber = "2000000001", Name = "新住户", District = "道里区", Community = "经纬小区", Phones = [new HouseholdPhoneInputDto("15912345678")],
            HeatingAreaM2 = 72.3m,
        })).ShouldSucceedWith<HouseholdDto>();

        created.StationCode.ShouldBe("HR02");
        created.StationSetExplicitly.ShouldBeFalse();
        created.Phones.ShouldHaveSingleItem().IsPrimary.ShouldBeTrue();
    }

    [Fact]
    public async Task Should_Soft_Delete_And_Hide_The_Household()
    {
        var admin = await factory.ClientForAsync("admin");
        var created = await (await admin.PostAsJsonAsync("/api/households", new CreateUpdateHouseholdDto
        {
            AccountNumber = "2000000002", Name = "待删除", District = "南岗区", Community = "阳光小区", Phones = [new HouseholdPhoneInputDto("15900000002")],
        })).ShouldSucceedWith<HouseholdDto>();

        (await admin.DeleteAsync($"/api/households/{created.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await admin.GetAsync($"/api/households/{created.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var scope = factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CallCenterDbContext>();
        var row = await db.Households.IgnoreQueryFilters().SingleAsync(h => h.Id == created.Id);
        row.IsDeleted.ShouldBeTrue();
        row.DeletionTime.ShouldNotBeNull();
    }

    private async Task<int> CountAsync()
    {
        using var scope = factory.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<CallCenterDbContext>().Households.IgnoreQueryFilters().CountAsync();
    }

    internal static async Task<Guid> ShowcaseIdAsync(HttpClient client) =>
        (await (await client.GetAsync("/api/households?filter=1000000001")).ShouldSucceedWith<PagedResultDto<HouseholdListItemDto>>()).Items.Single().Id;

    internal static CreateUpdateHouseholdDto ToInput(HouseholdDto h) => new()
    {
        AccountNumber = h.AccountNumber, Name = h.Name, Phones = h.Phones.Select(p => new HouseholdPhoneInputDto(p.Number, p.IsPrimary)).ToList(),
        District = h.Address.District, Community = h.Address.Community, Building = h.Address.Building, Unit = h.Address.Unit, Room = h.Address.Room,
        HeatingAreaM2 = h.HeatingAreaM2, StationId = h.StationSetExplicitly ? h.StationId : null, HeatingType = h.HeatingType, Status = h.Status,
        CareFlags = h.CareFlags, Notes = h.Notes, ConcurrencyStamp = h.ConcurrencyStamp,
    };
}
