using System.Net.Http.Json;
using System.Text.Json.Serialization;
using CallCenter.Acd;
using CallCenter.Identity;
using CallCenter.Seeding;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Voice.Tests.Acd.Support;

/// <summary>
/// The agent desktop of a Host running as a child process (<see cref="Tests.Support.SipNodeProcess"/>): signs the demo
/// user in over HTTP and opens /hubs/agent-desk over WebSockets with the token, as the page does.
/// </summary>
public static class RemoteDesk
{
    public static async Task<HubConnection> ConnectAsync(Uri host, string userName)
    {
        using var http = new HttpClient { BaseAddress = host };
        var response = await http.PostAsJsonAsync("/api/account/token", new LoginDto(userName, DemoUsers.Password));
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<TokenDto>())!.AccessToken;
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(host, "/hubs/agent-desk"), o =>
            {
                o.Transports = HttpTransportType.WebSockets;
                o.SkipNegotiation = true;
                o.AccessTokenProvider = () => Task.FromResult<string?>(token);
            })
            .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()))
            .Build();
        await connection.StartAsync();
        return connection;
    }

    /// <summary>Invokes a desk command and insists it succeeded.</summary>
    public static async Task<DeskHubResult> DoAsync(this HubConnection desk, string method, params object?[] args)
    {
        var result = await desk.InvokeCoreAsync<DeskHubResult>(method, args);
        result.Succeeded.ShouldBeTrue($"{method}: {result.Code} {result.Message}");
        return result;
    }
}
