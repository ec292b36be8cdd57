using System.Net.Http.Json;
using System.Text.Json.Serialization;
using CallCenter.Identity;
using CallCenter.Seeding;
using CallCenter.Voice.Tests.Support;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Voice.Tests.Acd.Support;

/// <summary>
/// The agent desktop's real connection to the Host's hub (/hubs/agent-desk) for a demo agent, as the page opens it:
/// WebSockets with the bearer token in the access_token query. What the ACD pushes arrives as it would in the browser.
/// </summary>
public static class DeskHubClient
{
    public static async Task<HubConnection> ConnectAsync(VoiceHostFixture host, string userName)
    {
        using var anonymous = host.CreateClient();
        var response = await anonymous.PostAsJsonAsync("/api/account/token", new LoginDto(userName, DemoUsers.Password));
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<TokenDto>())!.AccessToken;
        var server = host.Server;
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(server.BaseAddress, "/hubs/agent-desk?ui-culture=zh-Hans"), o =>
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
