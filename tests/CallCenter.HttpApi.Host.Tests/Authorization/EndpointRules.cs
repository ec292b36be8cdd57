using System.Text;
using CallCenter.Customers;
using CallCenter.Identity;
using CallCenter.Permissions;
using CallCenter.Stations;

namespace CallCenter.Authorization;

/// <summary>
/// How to call each API endpoint with a request that succeeds when the caller is allowed. Every endpoint the host
/// maps under /api must have a rule here or be listed as anonymous — a new endpoint without one fails the matrix.
/// Requests that change data make their own targets (through the admin client) so each role's call succeeds alone.
/// </summary>
public static class EndpointRules
{
    public delegate Task<HttpRequestMessage> RequestFactory(HttpClient admin);

    public const string DocsPrefix = "/api/docs";

    public static readonly HashSet<string> Anonymous =
    [
        "POST /api/account/login", "POST /api/account/token", "POST /api/account/logout",
        "GET /api/openapi/{documentName}.json",
    ];

    private static int _counter;
    private static string Unique() => Interlocked.Increment(ref _counter).ToString("D4") + Random.Shared.Next(1000, 9999);

    public static readonly Dictionary<string, RequestFactory> Rules = new(WorkflowEndpointRules.All())
    {
        ["GET /api/account/me"] = _ => Get("/api/account/me"),
        ["GET /api/settings/company"] = _ => Get("/api/settings/company"),
        ["GET /api/households"] = _ => Get("/api/households?pageSize=5"),
        ["GET /api/households/{id:guid}"] = async admin => new(HttpMethod.Get, $"/api/households/{await ShowcaseAsync(admin)}"),
        ["GET /api/households/{id:guid}/history"] = async admin => new(HttpMethod.Get, $"/api/households/{await ShowcaseAsync(admin)}/history"),
        ["POST /api/households"] = _ => Task.FromResult(JsonRequest(HttpMethod.Post, "/api/households", NewHousehold())),
        ["PUT /api/households/{id:guid}"] = async admin =>
        {
            var created = await CreateHouseholdAsync(admin);
            return JsonRequest(HttpMethod.Put, $"/api/households/{created.Id}", NewHousehold() with { AccountNumber = created.AccountNumber, Notes = "updated" });
        },
        ["DELETE /api/households/{id:guid}"] = async admin => new(HttpMethod.Delete, $"/api/households/{(await CreateHouseholdAsync(admin)).Id}"),
        ["POST /api/households/import"] = _ => Task.FromResult(new HttpRequestMessage(HttpMethod.Post, "/api/households/import")
        {
            Content = new MultipartFormDataContent
            {
                { new StringContent($"户号,姓名,电话,区,小区\n9{Unique()},测试,13700009999,南岗区,阳光小区\n", Encoding.UTF8, "text/csv"), "file", "h.csv" },
            },
        }),
        ["GET /api/households/import/template"] = _ => Get("/api/households/import/template"),
        ["GET /api/screen-pop"] = _ => Get("/api/screen-pop?phone=13800138000"),
        ["GET /api/stations"] = _ => Get("/api/stations"),
        ["GET /api/stations/{id:guid}"] = async admin => new(HttpMethod.Get, $"/api/stations/{(await FirstStationAsync(admin)).Id}"),
        ["POST /api/stations"] = _ => Task.FromResult(JsonRequest(HttpMethod.Post, "/api/stations", NewStation())),
        ["PUT /api/stations/{id:guid}"] = async admin =>
        {
            var created = await (await admin.PostAsJsonAsync("/api/stations", NewStation())).ShouldSucceedWith<StationDto>();
            return JsonRequest(HttpMethod.Put, $"/api/stations/{created.Id}", NewStation() with { Code = created.Code, Name = "改名换热站" });
        },
        ["DELETE /api/stations/{id:guid}"] = async admin =>
            new(HttpMethod.Delete, $"/api/stations/{(await (await admin.PostAsJsonAsync("/api/stations", NewStation())).ShouldSucceedWith<StationDto>()).Id}"),
        ["GET /api/departments"] = _ => Get("/api/departments"),
        ["POST /api/departments"] = _ => Task.FromResult(JsonRequest(HttpMethod.Post, "/api/departments", new CreateUpdateDepartmentDto("D" + Unique(), "测试部门"))),
        ["PUT /api/departments/{id:guid}"] = async admin =>
        {
            var created = await (await admin.PostAsJsonAsync("/api/departments", new CreateUpdateDepartmentDto("D" + Unique(), "测试部门"))).ShouldSucceedWith<DepartmentDto>();
            return JsonRequest(HttpMethod.Put, $"/api/departments/{created.Id}", new CreateUpdateDepartmentDto(created.Code, "改名部门"));
        },
        ["POST /api/departments/teams"] = async admin =>
            JsonRequest(HttpMethod.Post, "/api/departments/teams", new CreateUpdateTeamDto("测试班组", await FirstDepartmentIdAsync(admin), null)),
        ["PUT /api/departments/teams/{id:guid}"] = async admin =>
        {
            var department = await FirstDepartmentIdAsync(admin);
            var created = await (await admin.PostAsJsonAsync("/api/departments/teams", new CreateUpdateTeamDto("测试班组", department, null))).ShouldSucceedWith<TeamDto>();
            return JsonRequest(HttpMethod.Put, $"/api/departments/teams/{created.Id}", new CreateUpdateTeamDto("改名班组", department, null));
        },
        ["GET /api/users"] = _ => Get("/api/users"),
        ["GET /api/users/{id:guid}"] = async admin => new(HttpMethod.Get, $"/api/users/{(await CreateUserAsync(admin)).Id}"),
        ["POST /api/users"] = _ => Task.FromResult(JsonRequest(HttpMethod.Post, "/api/users", NewUser())),
        ["PUT /api/users/{id:guid}"] = async admin => JsonRequest(HttpMethod.Put, $"/api/users/{(await CreateUserAsync(admin)).Id}",
            new UpdateUserDto { DisplayName = "改名", Roles = [CallCenterRoles.Agent] }),
        ["POST /api/users/{id:guid}/unlock"] = async admin => new(HttpMethod.Post, $"/api/users/{(await CreateUserAsync(admin)).Id}/unlock"),
        ["POST /api/users/{id:guid}/reset-password"] = async admin => JsonRequest(HttpMethod.Post,
            $"/api/users/{(await CreateUserAsync(admin)).Id}/reset-password", new ResetPasswordDto("New#Passw0rd")),
        ["GET /api/roles"] = _ => Get("/api/roles"),
        ["PUT /api/roles/{name}/permissions"] = async admin =>
        {
            // Writes back the role's current grants: authorized callers succeed and the matrix itself is unchanged.
            var roles = await (await admin.GetAsync("/api/roles")).ShouldSucceedWith<List<RoleDto>>();
            var editor = roles.Single(r => r.Name == CallCenterRoles.KnowledgeEditor);
            return JsonRequest(HttpMethod.Put, $"/api/roles/{editor.Name}/permissions", new UpdateRolePermissionsDto(editor.GrantedPermissions));
        },
        ["GET /api/permissions"] = _ => Get("/api/permissions"),
        ["GET /api/audit-logs"] = _ => Get("/api/audit-logs?pageSize=5"),
    };

    static EndpointRules()
    {
        foreach (var (endpoint, rule) in Knowledge.KnowledgeEndpointRules.Rules) Rules.Add(endpoint, rule);
        foreach (var (endpoint, rule) in Voice.VoiceEndpointRules.Rules) Rules.Add(endpoint, rule);
        foreach (var (endpoint, rule) in Acd.AcdEndpointRules.Rules) Rules.Add(endpoint, rule);
        foreach (var (endpoint, rule) in WorkOrders.WorkOrderEndpointRules.Rules) Rules.Add(endpoint, rule);
    }

    private static Task<HttpRequestMessage> Get(string url) => Task.FromResult(new HttpRequestMessage(HttpMethod.Get, url));

    private static HttpRequestMessage JsonRequest<T>(HttpMethod method, string url, T body) =>
        new(method, url) { Content = JsonContent.Create(body, options: Json.Options) };

    private static CreateUpdateHouseholdDto NewHousehold() => new()
    {
        AccountNumber = "8" + Unique(), Name = "矩阵测试", District = "南岗区", Community = "阳光小区",
        Phones = [new HouseholdPhoneInputDto("1370000" + Random.Shared.Next(1000, 9999))], HeatingAreaM2 = 60,
    };

    private static CreateUpdateStationDto NewStation() => new() { Code = "T" + Unique(), Name = "测试换热站", District = "南岗区" };

    private static CreateUserDto NewUser() => new()
    {
        UserName = "matrix" + Unique(), DisplayName = "矩阵用户", Password = "Matrix#2026", Roles = [CallCenterRoles.Agent],
    };

    private static async Task<HouseholdDto> CreateHouseholdAsync(HttpClient admin) =>
        await (await admin.PostAsJsonAsync("/api/households", NewHousehold())).ShouldSucceedWith<HouseholdDto>();

    private static async Task<UserDto> CreateUserAsync(HttpClient admin) =>
        await (await admin.PostAsJsonAsync("/api/users", NewUser())).ShouldSucceedWith<UserDto>();

    private static async Task<StationDto> FirstStationAsync(HttpClient admin) =>
        (await (await admin.GetAsync("/api/stations")).ShouldSucceedWith<List<StationDto>>()).First(s => s.Code == "HR01");

    private static async Task<Guid> FirstDepartmentIdAsync(HttpClient admin) =>
        (await (await admin.GetAsync("/api/departments")).ShouldSucceedWith<List<DepartmentDto>>()).First().Id;

    private static async Task<Guid> ShowcaseAsync(HttpClient admin) => await Customers.HouseholdApiTests.ShowcaseIdAsync(admin);
}
