using System.Text.Json.Serialization;
using CallCenter.Identity;
using CallCenter.Seeding;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Acd;

/// <summary>
/// Opens the agent desktop's hub in the test host the way a token client does: WebSockets with the bearer token in the
/// <c>access_token</c> query (browsers cannot set headers on a WebSocket), in the given UI culture.
/// </summary>
public static class AgentDeskHubClient
{
    public const string Path = "/hubs/agent-desk";

    public static async Task<string> TokenAsync(CallCenterApiFactory factory, string userName)
    {
        using var anonymous = factory.CreateClient();
        var response = await anonymous.PostAsJsonAsync("/api/account/token", new LoginDto(userName, DemoUsers.Password));
        return (await response.ShouldSucceedWith<TokenDto>()).AccessToken;
    }

    public static async Task<HubConnection> ConnectAsync(CallCenterApiFactory factory, string userName, string culture = "zh-Hans")
    {
        var token = await TokenAsync(factory, userName);
        var server = factory.Server;
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(server.BaseAddress, $"{Path}?ui-culture={culture}"), o =>
            {
                o.Transports = HttpTransportType.WebSockets;
                o.SkipNegotiation = true;
                o.WebSocketFactory = async (context, ct) =>
                {
                    var uri = new UriBuilder(context.Uri) { Query = context.Uri.Query.TrimStart('?') + "&access_token=" + Uri.EscapeDataString(token) }.Uri;
                    return await server.CreateWebSocketClient().ConnectAsync(uri, ct);
                };
            })
            .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()))
            .Build();
        await connection.StartAsync();
        return connection;
    }
}
