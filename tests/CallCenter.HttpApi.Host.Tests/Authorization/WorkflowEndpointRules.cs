using System.Text;
using System.Text.Json.Nodes;

namespace CallCenter.Authorization;

/// <summary>Requests for the workflow engine's API that succeed for an allowed caller; see <see cref="EndpointRules"/>.</summary>
public static class WorkflowEndpointRules
{
    private const string Base = "/api/workflows";

    public static IEnumerable<KeyValuePair<string, EndpointRules.RequestFactory>> All()
    {
        yield return Rule("GET /api/workflows/descriptors", _ => Get($"{Base}/descriptors"));
        yield return Rule("GET /api/workflows/definitions", _ => Get($"{Base}/definitions"));
        yield return Rule("GET /api/workflows/definitions/{definitionId}", async admin => new HttpRequestMessage(HttpMethod.Get, $"{Base}/definitions/{await PublishedWaitAsync(admin)}"));
        yield return Rule("GET /api/workflows/definitions/{definitionId}/versions", async admin => new HttpRequestMessage(HttpMethod.Get, $"{Base}/definitions/{await PublishedWaitAsync(admin)}/versions"));
        yield return Rule("GET /api/workflows/definitions/{definitionId}/export", async admin => new HttpRequestMessage(HttpMethod.Get, $"{Base}/definitions/{await PublishedWaitAsync(admin)}/export"));
        yield return Rule("POST /api/workflows/definitions/validate", _ => Task.FromResult(Json(HttpMethod.Post, $"{Base}/definitions/validate", WaitDefinition("matrix-validate"))));
        yield return Rule("PUT /api/workflows/definitions/{definitionId}", _ =>
        {
            var id = "matrix-draft-" + Guid.NewGuid().ToString("N")[..8];
            return Task.FromResult(Json(HttpMethod.Put, $"{Base}/definitions/{id}", WaitDefinition(id)));
        });
        yield return Rule("POST /api/workflows/definitions/import", _ =>
            Task.FromResult(Json(HttpMethod.Post, $"{Base}/definitions/import", WaitDefinition("matrix-import-" + Guid.NewGuid().ToString("N")[..8]))));
        yield return Rule("POST /api/workflows/definitions/{definitionId}/publish", async admin =>
        {
            var id = "matrix-pub-" + Guid.NewGuid().ToString("N")[..8];
            (await admin.SendAsync(Json(HttpMethod.Put, $"{Base}/definitions/{id}", WaitDefinition(id)))).EnsureSuccessStatusCode();
            return new HttpRequestMessage(HttpMethod.Post, $"{Base}/definitions/{id}/publish");
        });
        yield return Rule("POST /api/workflows/definitions/{definitionId}/unpublish", async admin =>
            new HttpRequestMessage(HttpMethod.Post, $"{Base}/definitions/{await PublishAsync(admin, "matrix-unpub-" + Guid.NewGuid().ToString("N")[..8], WaitDefinition)}/unpublish"));
        yield return Rule("GET /api/workflows/instances", _ => Get($"{Base}/instances"));
        yield return Rule("GET /api/workflows/instances/{id}", async admin => new HttpRequestMessage(HttpMethod.Get, $"{Base}/instances/{await StartAsync(admin, await PublishedWaitAsync(admin))}"));
        yield return Rule("POST /api/workflows/instances", async admin =>
            Json(HttpMethod.Post, $"{Base}/instances", new JsonObject { ["definitionId"] = await PublishedWaitAsync(admin), ["correlationId"] = Guid.NewGuid().ToString("N") }));
        yield return Rule("POST /api/workflows/instances/{id}/cancel", async admin =>
            new HttpRequestMessage(HttpMethod.Post, $"{Base}/instances/{await StartAsync(admin, await PublishedWaitAsync(admin))}/cancel"));
        yield return Rule("POST /api/workflows/instances/{id}/retry", async admin =>
            new HttpRequestMessage(HttpMethod.Post, $"{Base}/instances/{await StartAsync(admin, await PublishAsync(admin, "matrix-fault", FaultDefinition))}/retry"));
        yield return Rule("POST /api/workflows/events", _ =>
            Task.FromResult(Json(HttpMethod.Post, $"{Base}/events", new JsonObject { ["name"] = "MatrixPing", ["correlationId"] = Guid.NewGuid().ToString("N") })));
        // The designer's endpoints (src/CallCenter.HttpApi.Host/Workflows/Designer).
        yield return Rule("GET /api/workflows/designer/definitions", _ => Get($"{Base}/designer/definitions"));
        yield return Rule("POST /api/workflows/definitions/{definitionId}/duplicate", async admin =>
            Json(HttpMethod.Post, $"{Base}/definitions/{await PublishedWaitAsync(admin)}/duplicate",
                new JsonObject { ["definitionId"] = "matrix-copy-" + Guid.NewGuid().ToString("N")[..8] }));
        yield return Rule("DELETE /api/workflows/definitions/{definitionId}", async admin =>
        {
            var id = "matrix-delete-" + Guid.NewGuid().ToString("N")[..8];
            (await admin.SendAsync(Json(HttpMethod.Put, $"{Base}/definitions/{id}", WaitDefinition(id)))).EnsureSuccessStatusCode();
            return new HttpRequestMessage(HttpMethod.Delete, $"{Base}/definitions/{id}");
        });
        yield return Rule("POST /api/workflows/definitions/{definitionId}/test-run", async admin =>
            Json(HttpMethod.Post, $"{Base}/definitions/{await PublishedWaitAsync(admin)}/test-run", new JsonObject { ["input"] = new JsonObject { ["phone"] = "13800000000" } }));
        yield return Rule("GET /api/workflows/instances/{id}/definition", async admin =>
            new HttpRequestMessage(HttpMethod.Get, $"{Base}/instances/{await StartAsync(admin, await PublishedWaitAsync(admin))}/definition"));
    }

    private static KeyValuePair<string, EndpointRules.RequestFactory> Rule(string key, EndpointRules.RequestFactory factory) => new(key, factory);

    private static Task<HttpRequestMessage> Get(string url) => Task.FromResult(new HttpRequestMessage(HttpMethod.Get, url));

    private static HttpRequestMessage Json(HttpMethod method, string url, JsonNode body) =>
        new(method, url) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };

    private static Task<string> PublishedWaitAsync(HttpClient admin) => PublishAsync(admin, "matrix-wait", WaitDefinition);

    private static async Task<string> PublishAsync(HttpClient admin, string id, Func<string, JsonObject> definition)
    {
        (await admin.SendAsync(Json(HttpMethod.Put, $"{Base}/definitions/{id}", definition(id)))).EnsureSuccessStatusCode();
        (await admin.PostAsync($"{Base}/definitions/{id}/publish", null)).EnsureSuccessStatusCode();
        return id;
    }

    private static async Task<string> StartAsync(HttpClient admin, string definitionId)
    {
        var response = await admin.SendAsync(Json(HttpMethod.Post, $"{Base}/instances",
            new JsonObject { ["definitionId"] = definitionId, ["correlationId"] = Guid.NewGuid().ToString("N") }));
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["instanceId"]!.GetValue<string>();
    }

    /// <summary>Start → wait for "MatrixPing" → end: an instance that stays suspended until cancelled.</summary>
    private static JsonObject WaitDefinition(string id) => Definition(id,
        new JsonObject { ["id"] = "wait", ["type"] = "WaitForEvent", ["inputs"] = new JsonObject { ["eventName"] = new JsonObject { ["value"] = "MatrixPing" } } });

    /// <summary>Start → a script that throws: an instance that faults, so it can be retried.</summary>
    private static JsonObject FaultDefinition(string id) => Definition(id,
        new JsonObject
        {
            ["id"] = "boom", ["type"] = "SetVariable",
            ["inputs"] = new JsonObject
            {
                ["variable"] = new JsonObject { ["value"] = "x" },
                ["value"] = new JsonObject { ["syntax"] = "JavaScript", ["value"] = "(function(){ throw new Error('matrix'); })()" },
            },
        });

    private static JsonObject Definition(string id, JsonObject step) => new()
    {
        ["definitionId"] = id,
        ["name"] = id,
        ["variables"] = new JsonArray(new JsonObject { ["name"] = "x" }),
        ["root"] = new JsonObject
        {
            ["activities"] = new JsonArray(new JsonObject { ["id"] = "start", ["type"] = "Start" }, step),
            ["connections"] = new JsonArray(new JsonObject
            {
                ["source"] = new JsonObject { ["activity"] = "start" },
                ["target"] = new JsonObject { ["activity"] = step["id"]!.GetValue<string>() },
            }),
        },
    };
}
