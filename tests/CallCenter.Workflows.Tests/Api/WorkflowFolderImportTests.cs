using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using CallCenter.Permissions;
using CallCenter.Workflows.Descriptors;
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
        var shipped = new List<string>();
        var definitions = Directory.GetFiles(ApiTestServer.RepositoryWorkflowsFolder, "*.json").Select(f => JsonNode.Parse(File.ReadAllText(f))!).ToList();

        await using (var first = await ApiTestServer.StartAsync(db.ConnectionString))
        {
            // Only the definitions built from engine activities: the domain flows (repair-dispatch, …) need the
            // host's activities and are checked by the host's own test (WorkOrders/ShippedWorkflowsTests).
            var registry = first.Services.GetRequiredService<ActivityRegistry>();
            shipped.AddRange(definitions.Where(d => ActivityTypes(d).All(t => registry.Find(t) is not null))
                .Select(d => d["definitionId"]!.GetValue<string>()));
            shipped.ShouldNotBeEmpty();
            var store = first.Services.GetRequiredService<IWorkflowDefinitionStore>();
            foreach (var id in shipped) (await store.GetPublishedAsync(id, default)).ShouldNotBeNull(id).Version.ShouldBe(1);
        }
        await using var second = await ApiTestServer.StartAsync(db.ConnectionString);
        var again = second.Services.GetRequiredService<IWorkflowDefinitionStore>();
        foreach (var id in shipped) (await again.ListVersionsAsync(id, default)).Count.ShouldBe(1, id);
    }

    /// <summary>The type of every activity in every flowchart of the definition.</summary>
    private static IEnumerable<string> ActivityTypes(JsonNode? node) => node switch
    {
        JsonObject o => (o["activities"] is JsonArray activities
                ? activities.OfType<JsonObject>().Select(a => a["type"]!.GetValue<string>()).Where(t => t != "Flowchart")
                : [])
            .Concat(o.SelectMany(p => ActivityTypes(p.Value))),
        JsonArray a => a.SelectMany(ActivityTypes),
        _ => [],
    };

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
