using System.Net.Http.Headers;
using Microsoft.AspNetCore.SignalR.Client;

namespace CallCenter.Acd;

/// <summary>Who may open the agent desktop's hub: only a signed-in user holding Acd.Desk, by cookie or token (header or query).</summary>
[Collection(ApiCollection.Name)]
public sealed class AgentDeskHubAuthTests(CallCenterApiFactory factory) : IClassFixture<CallCenterApiFactory>
{
    private const string Negotiate = AgentDeskHubClient.Path + "/negotiate?negotiateVersion=1";

    [Fact]
    public async Task Should_Refuse_The_Hub_Without_Credentials()
    {
        using var anonymous = factory.CreateClient();
        (await anonymous.PostAsync(Negotiate, null)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        // A token that is not ours is no credential either, also when it comes in the query.
        (await anonymous.PostAsync(Negotiate + "&access_token=not-a-token", null)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Should_Refuse_The_Hub_To_A_Technician_By_Header_And_By_Query_Token()
    {
        var token = await AgentDeskHubClient.TokenAsync(factory, "tech1");
        using var client = factory.CreateClient();
        using var byHeader = new HttpRequestMessage(HttpMethod.Post, Negotiate);
        byHeader.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        (await client.SendAsync(byHeader)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        // 403, not 401: the query token was read (and the technician lacks Acd.Desk).
        (await client.PostAsync(Negotiate + "&access_token=" + Uri.EscapeDataString(token), null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Should_Let_An_Agent_Negotiate_With_The_Query_Token()
    {
        var token = await AgentDeskHubClient.TokenAsync(factory, "agent");
        using var client = factory.CreateClient();
        var response = await client.PostAsync(Negotiate + "&access_token=" + Uri.EscapeDataString(token), null);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("WebSockets");
        // The query token is read on the hub's path only: anywhere else it is no credential.
        (await client.GetAsync("/api/account/me?access_token=" + Uri.EscapeDataString(token))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
