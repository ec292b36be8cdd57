using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CallCenter.Workflows.Execution;
using CallCenter.Workflows.Support;

namespace CallCenter.Workflows.Http;

public sealed class HttpActivityTests : IAsyncLifetime
{
    private HttpTestServer _server = null!;

    public async Task InitializeAsync() => _server = await HttpTestServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Should_Start_On_A_Request_Answer_It_And_Resume_On_The_Next_Request_Through_A_Bookmark()
    {
        await _server.PublishAsync("http-order");

        using var start = new HttpRequestMessage(HttpMethod.Post, "/workflows/http/orders") { Content = JsonContent.Create(new { n = 21 }) };
        start.Headers.Add("X-Correlation-Id", "ORD-1");
        var started = await _server.Client.SendAsync(start);

        started.StatusCode.ShouldBe(HttpStatusCode.Created);
        var body = (await started.Content.ReadFromJsonAsync<JsonObject>())!;
        body["doubled"]!.GetValue<int>().ShouldBe(42);
        var instanceId = body["instanceId"]!.GetValue<string>();
        var waiting = await _server.Runtime.Instances.GetStateAsync(instanceId, default);
        waiting!.Status.ShouldBe(WorkflowStatus.Suspended);

        var confirmed = await _server.Client.PostAsJsonAsync("/workflows/http/orders/confirm?correlationId=ORD-1", new { note = "站点已派单" });

        confirmed.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        (await confirmed.Content.ReadAsStringAsync()).ShouldBe("confirmed: 站点已派单");
        (await _server.Runtime.Instances.GetStateAsync(instanceId, default))!.Status.ShouldBe(WorkflowStatus.Finished);
    }

    [Fact]
    public async Task Should_Answer_404_With_A_Code_When_No_Workflow_Listens()
    {
        var response = await _server.Client.PostAsJsonAsync("/workflows/http/nothing-here", new { });

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadFromJsonAsync<JsonObject>())!["code"]!.GetValue<string>().ShouldBe(WorkflowErrorCodes.NoHttpEndpoint);
    }

    [Fact]
    public async Task Should_Refuse_An_Anonymous_Caller_When_The_Endpoint_Needs_A_Permission()
    {
        await _server.PublishAsync("http-secured");

        var response = await _server.Client.GetAsync("/workflows/http/secured");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await response.Content.ReadFromJsonAsync<JsonObject>())!["code"]!.GetValue<string>().ShouldBe(WorkflowErrorCodes.AuthenticationRequired);
    }

    [Theory]
    [InlineData("/test/echo", "5s", "2xx")]
    [InlineData("/test/fail", "5s", "5xx")]
    [InlineData("/test/slow", "300ms", "Timeout")]
    [InlineData("http://127.0.0.1:1/refused", "5s", "Failed")]
    public async Task Should_Branch_On_The_Outcome_Of_SendHttpRequest(string url, string timeout, string expected)
    {
        await _server.PublishAsync("http-send", d =>
        {
            d.Variables.Single(v => v.Name == "url").Value = url.StartsWith('/') ? _server.BaseAddress + url : url;
            d.Variables.Single(v => v.Name == "timeout").Value = timeout;
        });

        var outcome = await _server.Runtime.StartAsync("http-send");

        outcome.Status.ShouldBe(WorkflowStatus.Finished);
        outcome.State.Variables["result"]!.GetValue<string>().ShouldBe(expected);
        if (expected == "2xx") outcome.State.Variables["body"]!["station"]!.GetValue<string>().ShouldBe("东区热力站");
    }
}
