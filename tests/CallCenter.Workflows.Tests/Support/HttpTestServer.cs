using CallCenter.Workflows.Http;
using CallCenter.Workflows.Http.Endpoints;
using CallCenter.Workflows.Management;
using CallCenter.Workflows.Runtime;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CallCenter.Workflows.Support;

/// <summary>A real Kestrel on a free port with the engine, the trigger route and a few test services to call.</summary>
public sealed class HttpTestServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private HttpTestServer(WebApplication app, string baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
        Client = new HttpClient { BaseAddress = new Uri(baseAddress) };
    }

    public string BaseAddress { get; }
    public HttpClient Client { get; }
    public IServiceProvider Services => _app.Services;
    public WorkflowRuntime Runtime => Services.GetRequiredService<WorkflowRuntime>();

    public static async Task<HttpTestServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddAuthorization();
        builder.Services.AddCallCenterWorkflowEngine();
        builder.Services.AddCallCenterWorkflowHttp();
        var app = builder.Build();
        app.MapWorkflowHttpEndpoints();
        app.MapGet("/test/echo", () => Results.Json(new { station = "东区热力站", ok = true }));
        app.MapGet("/test/fail", () => Results.StatusCode(500));
        app.MapGet("/test/slow", async (CancellationToken ct) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30), ct);
            return Results.Ok();
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new HttpTestServer(app, address);
    }

    public async Task PublishAsync(string fixture, Action<Models.WorkflowDefinition>? edit = null)
    {
        var definitions = Services.GetRequiredService<WorkflowDefinitionService>();
        var definition = Fixtures.Load(fixture);
        edit?.Invoke(definition);
        var saved = await definitions.SaveDraftAsync(definition);
        await definitions.PublishAsync(saved.DefinitionId, saved.Version);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
