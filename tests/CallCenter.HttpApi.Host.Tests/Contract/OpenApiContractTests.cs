using System.Text.Json;
using System.Text.Json.Nodes;

namespace CallCenter.Contract;

/// <summary>
/// The web app's types, API operations and permission constants are generated (npm run build → scripts/generate-api.mjs)
/// from a committed copy of the Host's OpenAPI document, src/CallCenter.Web/src/api/generated/openapi.json. These tests
/// keep that copy equal to what the Host serves — so a changed DTO fails here, and after regenerating, fails the web
/// build wherever the web code still uses the old shape — and keep every operation named, summarised and authorized.
/// After changing an endpoint or a DTO run
///   UPDATE_API_SNAPSHOT=1 dotnet test tests/CallCenter.HttpApi.Host.Tests --filter OpenApiContract
/// then `npm run generate:api` in src/CallCenter.Web, and commit both.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class OpenApiContractTests(CallCenterApiFactory factory) : IClassFixture<CallCenterApiFactory>
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly string[] Verbs = ["get", "put", "post", "delete", "patch"];

    [Fact]
    public async Task Should_Match_The_Snapshot_The_Web_App_Is_Generated_From()
    {
        var live = await LiveDocumentAsync();
        var path = SnapshotPath();
        if (Environment.GetEnvironmentVariable("UPDATE_API_SNAPSHOT") == "1") await File.WriteAllTextAsync(path, live.ToJsonString(Indented) + "\n");

        File.Exists(path).ShouldBeTrue($"{path} is missing; run with UPDATE_API_SNAPSHOT=1 to write it");
        var stored = JsonNode.Parse(await File.ReadAllTextAsync(path));
        var difference = JsonDiff.FirstDifference(stored, live);
        difference.ShouldBeNull(
            $"The Host's API differs from src/CallCenter.Web/src/api/generated/openapi.json ({difference}). Run " +
            "UPDATE_API_SNAPSHOT=1 dotnet test tests/CallCenter.HttpApi.Host.Tests --filter OpenApiContract, then npm run generate:api " +
            "in src/CallCenter.Web, fix what no longer compiles there, and commit.");
    }

    [Fact]
    public async Task Should_Report_A_Changed_Dto_Field_By_Its_Path()
    {
        // What a developer sees when they rename a DTO property and forget the web app: the drift check names it.
        var live = await LiveDocumentAsync();
        var changed = live.DeepClone();
        var properties = changed["components"]!["schemas"]!["HouseholdDto"]!["properties"]!.AsObject();
        var name = properties["name"]!.DeepClone();
        properties.Remove("name");
        properties["fullName"] = name;

        JsonDiff.FirstDifference(live, changed).ShouldBe("$.components.schemas.HouseholdDto.properties.name is no longer served");
        JsonDiff.FirstDifference(live, live.DeepClone()).ShouldBeNull();
    }

    [Fact]
    public async Task Should_Name_Summarise_And_Authorize_Every_Operation()
    {
        var live = await LiveDocumentAsync();
        var problems = new List<string>();
        var names = new HashSet<string>();
        foreach (var (route, item) in live["paths"]!.AsObject())
        foreach (var verb in Verbs)
        {
            if (item![verb] is not JsonObject operation) continue;
            var where = $"{verb.ToUpperInvariant()} {route}";
            var id = (string?)operation["operationId"];
            if (string.IsNullOrEmpty(id)) problems.Add($"{where}: no .WithName(…)");
            else if (!names.Add(id)) problems.Add($"{where}: operation name {id} used twice");
            if (string.IsNullOrWhiteSpace((string?)operation["summary"])) problems.Add($"{where}: no .WithSummary(…)");
            if (operation["x-permission"] is null && !NoPermissionByDesign(route)) problems.Add($"{where}: requires no permission");
        }
        problems.ShouldBeEmpty();
        names.Count.ShouldBeGreaterThan(100);
    }

    [Fact]
    public async Task Should_Carry_The_Permission_Constants_And_Plain_Numbers()
    {
        var live = await LiveDocumentAsync();
        ((string?)live["x-callcenter-permissions"]!["WorkOrders"]!["Dispatch"]).ShouldBe(CallCenter.Permissions.CallCenterPermissions.WorkOrders.Dispatch);
        var area = live["components"]!["schemas"]!["HouseholdDto"]!["properties"]!["heatingAreaM2"]!;
        area["type"]!.ToJsonString().ShouldNotContain("string");
        live["servers"].ShouldBeNull();
    }

    /// <summary>Sign-in and sign-out need no token; the current user and the company settings need a signed-in user of any role.</summary>
    private static bool NoPermissionByDesign(string route) =>
        route is "/api/account/login" or "/api/account/token" or "/api/account/logout" or "/api/account/me" or "/api/settings/company";

    private async Task<JsonNode> LiveDocumentAsync()
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync("/api/openapi/v1.json");
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static string SnapshotPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CallCenter.sln")))
                return Path.Combine(dir.FullName, "src", "CallCenter.Web", "src", "api", "generated", "openapi.json");
        throw new InvalidOperationException("Repository root not found.");
    }
}
