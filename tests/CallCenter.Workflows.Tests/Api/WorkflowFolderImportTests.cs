using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using CallCenter.Permissions;
using CallCenter.Workflows.Runtime;
using CallCenter.Workflows.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Workflows.Api;

/// <summary>The shipped workflows/ folder: imported and published at start-up, idempotently, and it runs.</summary>
public sealed class WorkflowFolderImportTests(PostgresWorkflowFixture db) : IClassFixture<PostgresWorkflowFixture>
{
    [Fact]
    public async Task Should_Publish_The_Shipped_Definitions_Once_And_Not_Again_When_Unchanged()
    {
        var shipped = Directory.GetFiles(ApiTestServer.RepositoryWorkflowsFolder, "*.json")
            .Select(f => JsonNode.Parse(File.ReadAllText(f))!["definitionId"]!.GetValue<string>()).ToList();
        shipped.ShouldNotBeEmpty();

        await using (var first = await ApiTestServer.StartAsync(db.ConnectionString))
        {
            var store = first.Services.GetRequiredService<IWorkflowDefinitionStore>();
            foreach (var id in shipped) (await store.GetPublishedAsync(id, default)).ShouldNotBeNull(id).Version.ShouldBe(1);
        }
        await using var second = await ApiTestServer.StartAsync(db.ConnectionString);
        var again = second.Services.GetRequiredService<IWorkflowDefinitionStore>();
        foreach (var id in shipped) (await again.ListVersionsAsync(id, default)).Count.ShouldBe(1, id);
    }

    [Fact]
    public async Task Should_Run_The_Shipped_Callback_Example_Over_Http_And_Events()
    {
        await using var api = await ApiTestServer.StartAsync(db.ConnectionString);
        var request = api.Request(HttpMethod.Post, "/workflows/http/callbacks", CallCenterPermissions.Workflows.RaiseEvents);
        request.Headers.Add("X-Correlation-Id", "TICKET-42");
        request.Content = new StringContent("{\"phone\":\"+8613800138000\"}", Encoding.UTF8, "application/json");

        var accepted = await api.Client.SendAsync(request);

        accepted.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var instanceId = (await accepted.Content.ReadFromJsonAsync<JsonObject>())!["instanceId"]!.GetValue<string>();
        var runtime = api.Services.GetRequiredService<WorkflowRuntime>();
        var outcome = await runtime.RaiseEventAsync("CallbackCompleted", "TICKET-42", new JsonObject { ["agent"] = "agent01" });
        outcome.ConsumedBy.ShouldNotBeNull().InstanceId.ShouldBe(instanceId);
        outcome.ConsumedBy.State.Variables["result"]!.GetValue<string>().ShouldBe("completed by agent01");
        outcome.ConsumedBy.State.Variables["phone"]!.GetValue<string>().ShouldBe("+8613800138000");
        (await api.Client.SendAsync(api.Request(HttpMethod.Post, "/workflows/http/callbacks"))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
