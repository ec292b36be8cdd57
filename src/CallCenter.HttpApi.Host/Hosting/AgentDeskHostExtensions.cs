using System.Text.Json.Serialization;
using CallCenter.Acd;
using CallCenter.Auth;
using CallCenter.Voice.Acd.Desk;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CallCenter.Hosting;

/// <summary>
/// The agent desktop in the Host (issue 16 item 7): the SignalR hub at <see cref="HubPath"/>, the notifier the ACD pushes
/// through, and the ring-to-screen-pop measurement. Call after the voice feature (it replaces the voice feature's
/// do-nothing notifier).
/// </summary>
public static class AgentDeskHostExtensions
{
    public const string HubPath = "/hubs/agent-desk";

    public static IServiceCollection AddCallCenterAgentDesk(this IServiceCollection services)
    {
        services.AddSignalR().AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddSingleton<ScreenPopLatency>();
        services.AddHostedService<ScreenPopLatencyReporter>();
        services.Replace(ServiceDescriptor.Singleton<IAgentDeskNotifier, SignalRAgentDeskNotifier>());

        // Browsers cannot put a header on a WebSocket: a client signed in by token (an integration, the load benchmark)
        // sends it as ?access_token= to the hub. The SPA itself rides its cookie. Only the hub's path reads the query,
        // so a token never leaks into other URLs' logs.
        services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, o =>
        {
            o.Events ??= new JwtBearerEvents();
            var previous = o.Events.OnMessageReceived;
            o.Events.OnMessageReceived = async ctx =>
            {
                await previous(ctx);
                if (string.IsNullOrEmpty(ctx.Token) && HubToken(ctx.Request) is { } token) ctx.Token = token;
            };
        });
        services.PostConfigure<PolicySchemeOptions>(AuthServiceCollectionExtensions.SmartScheme, o =>
        {
            var inner = o.ForwardDefaultSelector;
            o.ForwardDefaultSelector = ctx => HubToken(ctx.Request) is not null ? JwtBearerDefaults.AuthenticationScheme : inner?.Invoke(ctx);
        });
        return services;
    }

    public static IEndpointRouteBuilder MapAgentDeskHub(this IEndpointRouteBuilder app)
    {
        // A signed-out or expired session ends the connection instead of keeping an agent on calls it may no longer take.
        app.MapHub<AgentDeskHub>(HubPath, o => o.CloseOnAuthenticationExpiration = true);
        return app;
    }

    private static string? HubToken(HttpRequest request) =>
        request.Path.StartsWithSegments(HubPath) && request.Query["access_token"].ToString() is { Length: > 0 } token ? token : null;
}
