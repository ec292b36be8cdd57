using CallCenter.Common;
using CallCenter.Customers;
using CallCenter.Errors;
using CallCenter.Stations;

namespace CallCenter.Customers;

[Collection(ApiCollection.Name)]
public sealed class StationApiTests(CallCenterApiFactory factory) : IClassFixture<CallCenterApiFactory>
{
    [Fact]
    public async Task Should_Move_Households_That_Follow_Their_Community_When_It_Changes_Station()
    {
        var admin = await factory.ClientForAsync("admin");
        var stations = await (await admin.GetAsync("/api/stations")).ShouldSucceedWith<List<StationDto>>();
        var hr01 = stations.Single(s => s.Code == "HR01");
        var pinned = await (await admin.PostAsJsonAsync("/api/households", new CreateUpdateHouseholdDto
        {
            AccountNumber = "4000000001", Name = "钉住户", District = "南岗区", Community = "红旗小区",
            Phones = [new HouseholdPhoneInputDto("13700004001")], StationId = hr01.Id,
        })).ShouldSucceedWith<HouseholdDto>();
        var following = await (await admin.PostAsJsonAsync("/api/households", new CreateUpdateHouseholdDto
        {
            AccountNumber = "4000000002", Name = "跟随户", District = "南岗区", Community = "红旗小区",
            Phones = [new HouseholdPhoneInputDto("13700004002")],
        })).ShouldSucceedWith<HouseholdDto>();
        following.StationId.ShouldBe(hr01.Id);

        // 红旗小区 moves from HR01 to a new station.
        await (await admin.PutAsJsonAsync($"/api/stations/{hr01.Id}", Input(hr01) with { Communities = hr01.Communities.Where(c => c != "红旗小区").ToList() }))
            .ShouldSucceedWith<StationDto>();
        var created = await (await admin.PostAsJsonAsync("/api/stations", new CreateUpdateStationDto
        {
            Code = "HR77", Name = "红旗换热站", District = "南岗区", DispatchPhone = "0451-86007777", Communities = ["红旗小区"],
        })).ShouldSucceedWith<StationDto>();

        created.DispatchPhone.ShouldBe("0451 8600 7777");
        (await (await admin.GetAsync($"/api/households/{following.Id}")).ShouldSucceedWith<HouseholdDto>()).StationId.ShouldBe(created.Id);
        (await (await admin.GetAsync($"/api/households/{pinned.Id}")).ShouldSucceedWith<HouseholdDto>()).StationId.ShouldBe(hr01.Id);
    }

    [Fact]
    public async Task Should_Refuse_A_Community_Another_Station_Serves()
    {
        var admin = await factory.ClientForAsync("admin", "en");

        var response = await admin.PostAsJsonAsync("/api/stations", new CreateUpdateStationDto
        {
            Code = "HR88", Name = "重复小区站", District = "南岗区", Communities = ["阳光小区"],
        });

        var errors = await response.ShouldBeProblem(HttpStatusCode.Conflict, CallCenterErrorCodes.StationCommunityTaken);
        errors["communities"].ShouldHaveSingleItem().ShouldContain("HR01");
        (await (await admin.GetAsync("/api/stations")).ShouldSucceedWith<List<StationDto>>()).ShouldNotContain(s => s.Code == "HR88");
    }

    [Fact]
    public async Task Should_Refuse_To_Delete_A_Station_That_Still_Serves_Households()
    {
        var admin = await factory.ClientForAsync("admin");
        var hr02 = (await (await admin.GetAsync("/api/stations")).ShouldSucceedWith<List<StationDto>>()).Single(s => s.Code == "HR02");

        await (await admin.DeleteAsync($"/api/stations/{hr02.Id}")).ShouldBeProblem(HttpStatusCode.Conflict, CallCenterErrorCodes.StationHasHouseholds);
        (await admin.GetAsync($"/api/stations/{hr02.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static CreateUpdateStationDto Input(StationDto s) => new()
    {
        Code = s.Code, Name = s.Name, District = s.District, DispatchPhone = s.DispatchPhone, Communities = s.Communities,
        DepartmentId = s.DepartmentId, IsActive = s.IsActive,
    };
}
