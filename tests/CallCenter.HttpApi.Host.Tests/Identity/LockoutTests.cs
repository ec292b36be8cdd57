using CallCenter.Errors;
using CallCenter.Seeding;

namespace CallCenter.Identity;

[Collection(ApiCollection.Name)]
public sealed class LockoutTests(CallCenterApiFactory factory) : IClassFixture<CallCenterApiFactory>
{
    [Fact]
    public async Task Should_Lock_The_Account_After_Five_Failed_Sign_Ins_Until_An_Administrator_Unlocks_It()
    {
        var anonymous = factory.CreateClient();
        for (var attempt = 1; attempt <= 4; attempt++)
            await (await anonymous.PostAsJsonAsync("/api/account/login", new LoginDto("revisit", "wrong-password")))
                .ShouldBeProblem(HttpStatusCode.Unauthorized, CallCenterErrorCodes.LoginFailed);

        await (await anonymous.PostAsJsonAsync("/api/account/login", new LoginDto("revisit", "wrong-password")))
            .ShouldBeProblem((HttpStatusCode)423, CallCenterErrorCodes.LockedOut);
        // Even the right password is refused while locked.
        await (await anonymous.PostAsJsonAsync("/api/account/login", new LoginDto("revisit", DemoUsers.Password)))
            .ShouldBeProblem((HttpStatusCode)423, CallCenterErrorCodes.LockedOut);

        var admin = await factory.ClientForAsync("admin");
        var users = await (await admin.GetAsync("/api/users?filter=revisit")).ShouldSucceedWith<Common.PagedResultDto<UserDto>>();
        var revisit = users.Items.Single(u => u.UserName == "revisit");
        revisit.IsLockedOut.ShouldBeTrue();
        (await admin.PostAsync($"/api/users/{revisit.Id}/unlock", null)).EnsureSuccessStatusCode();

        (await anonymous.PostAsJsonAsync("/api/account/login", new LoginDto("revisit", DemoUsers.Password))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Should_Sign_In_With_A_Cookie_And_Report_The_Users_Permissions()
    {
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = true });

        (await client.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var me = await (await client.PostAsJsonAsync("/api/account/login", new LoginDto("station1", DemoUsers.Password))).ShouldSucceedWith<CurrentUserDto>();
        var again = await (await client.GetAsync("/api/account/me")).ShouldSucceedWith<CurrentUserDto>();

        me.Roles.ShouldBe(["StationDispatcher"]);
        me.StationName.ShouldBe("阳光换热站");
        again.Permissions.ShouldContain(Permissions.CallCenterPermissions.Customers.Default);
        again.Permissions.ShouldNotContain(Permissions.CallCenterPermissions.Customers.Edit);

        (await client.PostAsync("/api/account/logout", null)).EnsureSuccessStatusCode();
        (await client.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Should_Refuse_An_Unknown_User_Like_A_Wrong_Password()
    {
        await (await factory.CreateClient().PostAsJsonAsync("/api/account/login", new LoginDto("nobody", "whatever")))
            .ShouldBeProblem(HttpStatusCode.Unauthorized, CallCenterErrorCodes.LoginFailed);
    }

    [Fact]
    public async Task Should_Lock_An_Unknown_Name_Exactly_Like_A_Real_One_With_A_Typed_423()
    {
        var anonymous = factory.CreateClient();

        var real = await StatusesAsync(anonymous, "analyst", 6);
        var unknown = await StatusesAsync(anonymous, "no-such-user", 6);
        var locked = await anonymous.PostAsJsonAsync("/api/account/token", new LoginDto("no-such-user", DemoUsers.Password));

        real.ShouldBe([401, 401, 401, 401, 423, 423]);
        unknown.ShouldBe(real);
        await locked.ShouldBeProblem((HttpStatusCode)423, CallCenterErrorCodes.LockedOut);
        var body = await locked.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        body.GetProperty("type").GetString().ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task Should_End_A_Bearer_Token_When_Its_User_Signs_Out()
    {
        var anonymous = factory.CreateClient();
        var token = (await (await anonymous.PostAsJsonAsync("/api/account/token", new LoginDto("dispatcher", DemoUsers.Password)))
            .ShouldSucceedWith<TokenDto>()).AccessToken;
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        (await client.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await client.PostAsync("/api/account/logout", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        await (await client.GetAsync("/api/account/me")).ShouldBeProblem(HttpStatusCode.Unauthorized, CallCenterErrorCodes.Unauthorized);
        var fresh = (await (await anonymous.PostAsJsonAsync("/api/account/token", new LoginDto("dispatcher", DemoUsers.Password)))
            .ShouldSucceedWith<TokenDto>()).AccessToken;
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", fresh);
        (await client.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static async Task<List<int>> StatusesAsync(HttpClient client, string userName, int attempts)
    {
        var statuses = new List<int>();
        for (var i = 0; i < attempts; i++)
            statuses.Add((int)(await client.PostAsJsonAsync("/api/account/token", new LoginDto(userName, "wrong-password"))).StatusCode);
        return statuses;
    }
}
