using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using CallCenter.Permissions;
using CallCenter.Workflows.Support;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Workflows.Api;

public sealed class WorkflowApiTests(PostgresWorkflowFixture db) : IClassFixture<PostgresWorkflowFixture>, IAsyncLifetime
{
    private const string View = CallCenterPermissions.Workflows.Default;
    private const string Edit = CallCenterPermissions.Workflows.Edit;
    private const string Publish = CallCenterPermissions.Workflows.Publish;
    private const string Instances = CallCenterPermissions.Workflows.Instances;
    private const string Manage = CallCenterPermissions.Workflows.ManageInstances;
    private const string Events = CallCenterPermissions.Workflows.RaiseEvents;
    private ApiTestServer _api = null!;

    public async Task InitializeAsync() => _api = await ApiTestServer.StartAsync(db.ConnectionString);

    public async Task DisposeAsync() => await _api.DisposeAsync();

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, object? body, params string[] permissions)
    {
        var request = _api.Request(method, url, permissions);
        if (body is string json) request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        else if (body is not null) request.Content = JsonContent.Create(body);
        return await _api.Client.SendAsync(request);
    }

    private static async Task<JsonObject> JsonAsync(HttpResponseMessage response) => (await response.Content.ReadFromJsonAsync<JsonObject>())!;

    [Fact]
    public void Should_Require_A_Workflow_Permission_On_Every_Api_Endpoint()
    {
        var endpoints = _api.Services.GetServices<EndpointDataSource>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api/workflows", StringComparison.Ordinal)).ToList();

        endpoints.Count.ShouldBeGreaterThan(15);
        foreach (var endpoint in endpoints)
            endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().ShouldContain(a => a.Policy!.StartsWith("CallCenter.Workflows"),
                endpoint.RoutePattern.RawText);
    }

    [Fact]
    public async Task Should_Refuse_A_Caller_Without_The_Permission()
    {
        (await SendAsync(HttpMethod.Get, "/api/workflows/definitions", null)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await SendAsync(HttpMethod.Put, "/api/workflows/definitions/x", Fixtures.Text("delay"), View)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await SendAsync(HttpMethod.Post, "/api/workflows/events", new { name = "E" }, View, Instances)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Should_Run_The_Lifecycle_Draft_Publish_Start_Event_Detail_Export()
    {
        var saved = await SendAsync(HttpMethod.Put, "/api/workflows/definitions/api-wait", Fixtures.Text("wait-for-event"), Edit);
        saved.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await JsonAsync(saved))["isPublished"]!.GetValue<bool>().ShouldBeFalse();
        (await SendAsync(HttpMethod.Post, "/api/workflows/definitions/api-wait/publish", null, Publish)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await SendAsync(HttpMethod.Put, "/api/workflows/definitions/api-wait", Fixtures.Text("wait-for-event"), Edit)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var versions = await (await SendAsync(HttpMethod.Get, "/api/workflows/definitions/api-wait/versions", null, View)).Content.ReadFromJsonAsync<JsonArray>();
        versions!.Select(v => (v!["version"]!.GetValue<int>(), v["isPublished"]!.GetValue<bool>())).ShouldBe([(2, false), (1, true)]);

        var started = await SendAsync(HttpMethod.Post, "/api/workflows/instances", new { definitionId = "api-wait", correlationId = "WO-API" }, Manage);
        started.StatusCode.ShouldBe(HttpStatusCode.Created);
        var instanceId = (await JsonAsync(started))["instanceId"]!.GetValue<string>();
        var raised = await SendAsync(HttpMethod.Post, "/api/workflows/events",
            new { name = "OrderCompleted", correlationId = "WO-API", payload = new { by = "张工" } }, Events);
        raised.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        (await JsonAsync(raised))["instanceId"]!.GetValue<string>().ShouldBe(instanceId);

        var detail = await JsonAsync(await SendAsync(HttpMethod.Get, $"/api/workflows/instances/{instanceId}", null, Instances));
        detail["instance"]!["status"]!.GetValue<string>().ShouldBe("Finished");
        detail["state"]!["variables"]!["result"]!.GetValue<string>().ShouldBe("completed by 张工");
        detail["journal"]!.AsArray().Count.ShouldBeGreaterThan(4);
        var list = await JsonAsync(await SendAsync(HttpMethod.Get, "/api/workflows/instances?correlationId=WO-API&status=Finished", null, Instances));
        list["total"]!.GetValue<int>().ShouldBe(1);

        var export = await SendAsync(HttpMethod.Get, "/api/workflows/definitions/api-wait/export?version=1", null, View);
        (await JsonAsync(export))["root"]!["activities"]!.AsArray().Count.ShouldBe(4);
    }

    [Fact]
    public async Task Should_Refuse_A_Bad_Input_With_Code_And_Field_And_Show_Outputs_In_Instance_Detail()
    {
        (await SendAsync(HttpMethod.Post, "/api/workflows/definitions/import?publish=true", Fixtures.Text("arguments"), Edit, Publish))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        var refused = await SendAsync(HttpMethod.Post, "/api/workflows/instances", new { definitionId = "arguments", input = new { floors = "many" } }, Manage);

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await JsonAsync(refused);
        problem["code"]!.GetValue<string>().ShouldBe(WorkflowErrorCodes.InvalidInput);
        problem["errors"]!.AsObject().Select(e => e.Key).ShouldBe(["input.phone", "input.floors"], ignoreOrder: true);
        problem["fieldCodes"]!["input.phone"]![0]!.GetValue<string>().ShouldBe("MissingInput");
        var list = await JsonAsync(await SendAsync(HttpMethod.Get, "/api/workflows/instances?definitionId=arguments", null, Instances));
        list["total"]!.GetValue<int>().ShouldBe(0);

        var started = await SendAsync(HttpMethod.Post, "/api/workflows/instances", new { definitionId = "arguments", input = new { phone = "95598", floors = 3 } }, Manage);
        started.StatusCode.ShouldBe(HttpStatusCode.Created);
        var instanceId = (await JsonAsync(started))["instanceId"]!.GetValue<string>();
        var detail = await JsonAsync(await SendAsync(HttpMethod.Get, $"/api/workflows/instances/{instanceId}", null, Instances));
        detail["output"]!["greeting"]!.GetValue<string>().ShouldBe("call 95598");
        detail["output"]!["total"]!.GetValue<double>().ShouldBe(6);
    }

    [Fact]
    public async Task Should_Reject_An_Invalid_Definition_With_Fields_And_Activity_Ids()
    {
        var broken = JsonNode.Parse(Fixtures.Text("branching"))!;
        broken["root"]!["activities"]![1]!["inputs"]!.AsObject().Remove("condition");
        broken["root"]!["activities"]![2]!["type"] = "SendFax";

        var response = await SendAsync(HttpMethod.Post, "/api/workflows/definitions/import?publish=true", broken.ToJsonString(), Edit, Publish);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await JsonAsync(response);
        problem["code"]!.GetValue<string>().ShouldBe(WorkflowErrorCodes.ValidationFailed);
        problem["errors"]!.AsObject().Select(e => e.Key).ShouldBe(["root.activities[1].inputs.condition", "root.activities[2].type"], ignoreOrder: true);
        problem["activities"]!["check"]![0]!.GetValue<string>().ShouldBe("MissingRequiredInput");
        problem["activities"]!["big"]![0]!.GetValue<string>().ShouldBe("UnknownActivityType");
        (await SendAsync(HttpMethod.Get, "/api/workflows/definitions/branching", null, View)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_Reject_Malformed_Json_With_A_Code()
    {
        var response = await SendAsync(HttpMethod.Post, "/api/workflows/definitions/validate", "{ \"definitionId\": ", Edit);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await JsonAsync(response))["code"]!.GetValue<string>().ShouldBe(WorkflowErrorCodes.MalformedJson);
    }

    [Fact]
    public async Task Should_Cancel_And_Retry_Instances_With_Conflicts_As_Problems()
    {
        await SendAsync(HttpMethod.Post, "/api/workflows/definitions/import?publish=true", Fixtures.Text("wait-for-event"), Edit, Publish);
        var waiting = (await JsonAsync(await SendAsync(HttpMethod.Post, "/api/workflows/instances", new { definitionId = "wait-for-event" }, Manage)))
            ["instanceId"]!.GetValue<string>();

        (await SendAsync(HttpMethod.Post, $"/api/workflows/instances/{waiting}/retry", null, Manage)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await SendAsync(HttpMethod.Post, $"/api/workflows/instances/{waiting}/cancel", null, Manage)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var again = await SendAsync(HttpMethod.Post, $"/api/workflows/instances/{waiting}/cancel", null, Manage);
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await JsonAsync(again))["code"]!.GetValue<string>().ShouldBe(WorkflowErrorCodes.InstanceBusy);
        var missing = await SendAsync(HttpMethod.Get, "/api/workflows/instances/nope", null, Instances);
        (await JsonAsync(missing))["code"]!.GetValue<string>().ShouldBe(WorkflowErrorCodes.InstanceNotFound);

        await SendAsync(HttpMethod.Post, "/api/workflows/definitions/import?publish=true", Fixtures.Text("sandbox").Replace("SCRIPT", "while(true){}"), Edit, Publish);
        var faulted = (await JsonAsync(await SendAsync(HttpMethod.Post, "/api/workflows/instances", new { definitionId = "sandbox" }, Manage)))
            ["instanceId"]!.GetValue<string>();
        var retried = await SendAsync(HttpMethod.Post, $"/api/workflows/instances/{faulted}/retry", null, Manage);
        retried.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await JsonAsync(retried))["status"]!.GetValue<string>().ShouldBe("Faulted");
        var incidents = await JsonAsync(await SendAsync(HttpMethod.Get, "/api/workflows/instances?hasIncidents=true", null, Instances));
        incidents["items"]!.AsArray().ShouldContain(i => i!["id"]!.GetValue<string>() == faulted);
    }

    [Fact]
    public async Task Should_Serve_Descriptors_In_Both_Languages()
    {
        var descriptors = await (await SendAsync(HttpMethod.Get, "/api/workflows/descriptors", null, View)).Content.ReadFromJsonAsync<JsonArray>();

        var endpoint = descriptors!.Single(d => d!["type"]!.GetValue<string>() == "HttpEndpoint")!;
        endpoint["kind"]!.ToString().ShouldBe("Trigger");
        endpoint["displayName"]!["zhHans"]!.GetValue<string>().ShouldBe("HTTP 端点");
        endpoint["displayName"]!["en"]!.GetValue<string>().ShouldBe("HTTP endpoint");
    }
}
