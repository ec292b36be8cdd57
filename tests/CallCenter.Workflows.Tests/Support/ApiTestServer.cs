using CallCenter.Permissions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CallCenter.Workflows.Support;

/// <summary>
/// The host's workflow wiring (AddCallCenterWorkflows + MapWorkflowEndpoints, as Program.cs calls them) on Kestrel,
/// with a test sign-in and one policy per permission, over a test database. Hangfire is off here.
/// </summary>
public sealed class ApiTestServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ApiTestServer(WebApplication app, string address)
    {
        _app = app;
        Client = new HttpClient { BaseAddress = new Uri(address) };
    }

    public HttpClient Client { get; }
    public IServiceProvider Services => _app.Services;

    public static string RepositoryWorkflowsFolder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "CallCenter.sln"))) return Path.Combine(dir.FullName, "workflows");
            throw new InvalidOperationException("Repository root not found.");
        }
    }

    public static async Task<ApiTestServer> StartAsync(string connectionString, string? definitionsPath = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration["ConnectionStrings:Default"] = connectionString;
        builder.Configuration["Workflows:Hangfire:Enabled"] = "false";
        builder.Configuration["Workflows:DefinitionsPath"] = definitionsPath ?? RepositoryWorkflowsFolder;
        builder.Services.AddAuthentication(TestAuthHandler.SchemeName).AddScheme<AuthenticationSchemeOptions, TestAuthHandler>(TestAuthHandler.SchemeName, null);
        builder.Services.AddAuthorization(o =>
        {
            foreach (var permission in CallCenterPermissions.All) o.AddPolicy(permission, p => p.RequireClaim("permission", permission));
        });
        builder.Services.AddProblemDetails();
        builder.Services.AddCallCenterWorkflows(builder.Configuration);
        builder.Services.AddWorkflowActivity<FlakyActivity>();
        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapWorkflowEndpoints();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new ApiTestServer(app, address);
    }

    public HttpRequestMessage Request(HttpMethod method, string url, params string[] permissions)
    {
        var request = new HttpRequestMessage(method, url);
        if (permissions.Length > 0) request.Headers.Add(TestAuthHandler.Header, string.Join(',', permissions));
        return request;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
