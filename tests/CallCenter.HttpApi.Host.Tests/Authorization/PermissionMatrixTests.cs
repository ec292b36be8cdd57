using CallCenter.Permissions;
using CallCenter.Seeding;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Authorization;

[Collection(ApiCollection.Name)]
public sealed class PermissionMatrixTests(CallCenterApiFactory factory) : IClassFixture<CallCenterApiFactory>
{
    private sealed record ApiEndpoint(string Key, string? Permission, bool AllowsAnonymous);

    /// <summary>Resources of one user: a granted caller who does not own the one in the request gets 404 — never 403.</summary>
    private static readonly HashSet<string> OwnedByCaller = ["POST /api/notifications/{id:guid}/read"];

    [Fact]
    public async Task Should_Give_Every_Role_The_Designed_Answer_On_Every_Endpoint()
    {
        var endpoints = ApiEndpoints();
        var missing = endpoints.Where(e => !EndpointRules.Rules.ContainsKey(e.Key) && !EndpointRules.Anonymous.Contains(e.Key)).Select(e => e.Key).ToList();
        missing.ShouldBeEmpty("endpoints without a rule in EndpointRules — add one (and a permission) for each");
        EndpointRules.Rules.Keys.Except(endpoints.Select(e => e.Key)).ShouldBeEmpty("rules for endpoints the host no longer maps");
        endpoints.Where(e => e.AllowsAnonymous).Select(e => e.Key).ShouldAllBe(k => EndpointRules.Anonymous.Contains(k));
        endpoints.Where(e => !e.AllowsAnonymous).Select(e => e.Key).ShouldAllBe(k => !EndpointRules.Anonymous.Contains(k));

        var admin = await factory.ClientForAsync("admin");
        var failures = new List<string>();
        foreach (var endpoint in endpoints.Where(e => !e.AllowsAnonymous))
        {
            foreach (var (userName, _, role, _) in DemoUsers.All.DistinctBy(u => u.Role))
            {
                var granted = endpoint.Permission is null || DefaultRoleGrants.All[role].Contains(endpoint.Permission);
                var client = await factory.ClientForAsync(userName);
                using var request = await EndpointRules.Rules[endpoint.Key](admin);
                using var response = await client.SendAsync(request);
                var status = (int)response.StatusCode;
                var ok = granted ? status is >= 200 and < 300 || (OwnedByCaller.Contains(endpoint.Key) && status == 404) : status == 403;
                if (!ok) failures.Add($"{endpoint.Key} as {role}: expected {(granted ? "2xx" : "403")}, got {status} {await response.Content.ReadAsStringAsync()}");
            }
        }
        failures.ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_Answer_401_Without_Credentials_On_Every_Protected_Endpoint()
    {
        var anonymous = factory.CreateClient();
        var admin = await factory.ClientForAsync("admin");
        foreach (var endpoint in ApiEndpoints().Where(e => !e.AllowsAnonymous))
        {
            using var request = await EndpointRules.Rules[endpoint.Key](admin);
            using var response = await anonymous.SendAsync(request);
            ((int)response.StatusCode).ShouldBe(401, endpoint.Key);
        }
    }

    [Theory]
    [InlineData("agent", "PUT /api/stations/{id:guid}", 403)]
    [InlineData("tech1", "POST /api/households/import", 403)]
    [InlineData("tech1", "POST /api/households", 403)]
    [InlineData("editor", "GET /api/households", 403)]
    [InlineData("supervisor", "GET /api/audit-logs", 403)]
    [InlineData("admin", "GET /api/audit-logs", 200)]
    [InlineData("supervisor", "POST /api/households/import", 200)]
    [InlineData("agent", "GET /api/screen-pop", 200)]
    [InlineData("station1", "GET /api/screen-pop", 403)]
    public async Task Should_Hold_The_Key_Rules_Of_The_Design(string user, string endpoint, int expected)
    {
        var admin = await factory.ClientForAsync("admin");
        var client = await factory.ClientForAsync(user);
        using var request = await EndpointRules.Rules[endpoint](admin);

        using var response = await client.SendAsync(request);

        ((int)response.StatusCode).ShouldBe(expected);
    }

    private List<ApiEndpoint> ApiEndpoints()
    {
        var sources = factory.Services.GetRequiredService<IEnumerable<EndpointDataSource>>();
        return sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true && !e.RoutePattern.RawText.Contains("**"))
            // The API reference page and its scripts are public documentation (checked to allow anonymous below).
            .Where(e => !e.RoutePattern.RawText!.StartsWith(EndpointRules.DocsPrefix, StringComparison.Ordinal) || e.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(method => new ApiEndpoint(
                $"{method} {e.RoutePattern.RawText!.TrimEnd('/')}",
                e.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).LastOrDefault(p => p?.StartsWith(CallCenterPermissions.Prefix + ".", StringComparison.Ordinal) == true),
                e.Metadata.GetMetadata<IAllowAnonymous>() is not null)))
            .DistinctBy(e => e.Key)
            .ToList();
    }
}
