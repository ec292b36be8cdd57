using System.Text;
using System.Text.Json.Nodes;
using CallCenter.Workflows;
using CallCenter.Workflows.Designer;
using CallCenter.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Workflows;

/// <summary>The designer's endpoints on the real host: last editor from the audit log, duplicate, delete, test run, date filter, round trip.</summary>
[Collection(ApiCollection.Name)]
public sealed class WorkflowDesignerEndpointsTests(CallCenterApiFactory factory) : IClassFixture<CallCenterApiFactory>
{
    private const string Base = "/api/workflows";

    private static string NewId(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N")[..8];

    private static StringContent JsonBody(JsonNode body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");

    /// <summary>Start → wait for an event: an instance that stays suspended until cancelled.</summary>
    private static JsonObject WaitDefinition(string id, string eventName = "DesignerPing") => new()
    {
        ["definitionId"] = id,
        ["name"] = "等待 " + id,
        ["root"] = new JsonObject
        {
            ["activities"] = new JsonArray(
                new JsonObject { ["id"] = "start", ["type"] = "Start", ["metadata"] = new JsonObject { ["designer"] = new JsonObject { ["position"] = new JsonObject { ["x"] = 0, ["y"] = 0 } } } },
                new JsonObject { ["id"] = "wait", ["type"] = "WaitForEvent", ["inputs"] = new JsonObject { ["eventName"] = new JsonObject { ["value"] = eventName } } }),
            ["connections"] = new JsonArray(new JsonObject
            {
                ["source"] = new JsonObject { ["activity"] = "start", ["port"] = "Done" },
                ["target"] = new JsonObject { ["activity"] = "wait", ["port"] = "In" },
            }),
        },
    };

    private static async Task SaveAndPublishAsync(HttpClient client, string id)
    {
        (await client.PutAsync($"{Base}/definitions/{id}", JsonBody(WaitDefinition(id)))).EnsureSuccessStatusCode();
        (await client.PostAsync($"{Base}/definitions/{id}/publish", null)).EnsureSuccessStatusCode();
    }

    private static async Task<JsonObject> RowAsync(HttpClient client, string id)
    {
        var list = await (await client.GetAsync($"{Base}/designer/definitions")).ShouldSucceedWith<JsonArray>();
        return list.Single(x => x!["definitionId"]!.GetValue<string>() == id)!.AsObject();
    }

    [Fact]
    public async Task Should_List_The_Last_Editor_The_Versions_And_The_Live_Instances()
    {
        var analyst = await factory.ClientForAsync("analyst");
        var id = NewId("designer-list");
        await SaveAndPublishAsync(analyst, id);
        (await analyst.PutAsync($"{Base}/definitions/{id}", JsonBody(WaitDefinition(id, "Other")))).EnsureSuccessStatusCode();
        (await analyst.PostAsJsonAsync($"{Base}/definitions/{id}/test-run", new { input = new { phone = "13800000000" } })).StatusCode.ShouldBe(HttpStatusCode.Created);

        var row = await RowAsync(analyst, id);

        row["lastEditedBy"]!.GetValue<string>().ShouldBe("analyst");
        row["lastEditedAt"].ShouldNotBeNull();
        row["latestVersion"]!.GetValue<int>().ShouldBe(2);
        row["publishedVersion"]!.GetValue<int>().ShouldBe(1);
        row["latestIsPublished"]!.GetValue<bool>().ShouldBeFalse();
        row["liveInstances"]!.GetValue<int>().ShouldBe(1);
    }

    [Fact]
    public async Task Should_Refuse_To_Delete_While_An_Instance_Waits_And_Delete_Once_It_Is_Cancelled()
    {
        var analyst = await factory.ClientForAsync("analyst");
        var supervisor = await factory.ClientForAsync("supervisor");
        var id = NewId("designer-delete");
        await SaveAndPublishAsync(analyst, id);
        var started = await (await analyst.PostAsJsonAsync($"{Base}/definitions/{id}/test-run", new { })).ShouldSucceedWith<JsonObject>();
        started["correlationId"]!.GetValue<string>().ShouldStartWith("test-");

        await (await analyst.DeleteAsync($"{Base}/definitions/{id}")).ShouldBeProblem(HttpStatusCode.Conflict, WorkflowDesignerErrorCodes.InstancesRunning);
        (await analyst.GetAsync($"{Base}/definitions/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await supervisor.PostAsync($"{Base}/instances/{started["instanceId"]!.GetValue<string>()}/cancel", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await analyst.DeleteAsync($"{Base}/definitions/{id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await analyst.GetAsync($"{Base}/definitions/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await analyst.DeleteAsync($"{Base}/definitions/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_Continue_The_Version_Numbers_Of_A_Deleted_Workflow_So_No_Node_Runs_The_Deleted_Flow()
    {
        var analyst = await factory.ClientForAsync("analyst");
        var id = NewId("designer-recreate");
        await SaveAndPublishAsync(analyst, id);
        // A second node (the SIP node, say) runs v1 and keeps it compiled and cached as the published version; the
        // delete below only clears this host's runtime.
        var otherNode = ActivatorUtilities.CreateInstance<WorkflowRuntime>(factory.Services);
        var before = await otherNode.StartAsync(id, null, NewId("corr"));
        before.State.Bookmarks.Single().Name.ShouldBe("DesignerPing");
        (await otherNode.CancelAsync(before.InstanceId)).ShouldBeTrue();
        (await analyst.DeleteAsync($"{Base}/definitions/{id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var draft = await (await analyst.PutAsync($"{Base}/definitions/{id}", JsonBody(WaitDefinition(id, "Recreated")))).ShouldSucceedWith<JsonObject>();
        (await analyst.PostAsync($"{Base}/definitions/{id}/publish", null)).EnsureSuccessStatusCode();

        draft["version"]!.GetValue<int>().ShouldBe(2, "a version number is never reused after a delete");
        var after = await otherNode.StartAsync(id, null, NewId("corr"));
        after.State.DefinitionVersion.ShouldBe(2);
        after.State.Bookmarks.Single().Name.ShouldBe("Recreated");
        // The cancelled instance's own version is gone; its viewer must not draw the new flow in its place.
        (await analyst.GetAsync($"{Base}/instances/{before.InstanceId}/definition")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_Duplicate_The_Latest_Version_As_A_New_Draft_And_Refuse_A_Taken_Or_Bad_Id()
    {
        var analyst = await factory.ClientForAsync("analyst");
        var id = NewId("designer-source");
        await SaveAndPublishAsync(analyst, id);
        var copyId = NewId("designer-copy");

        var copy = await (await analyst.PostAsJsonAsync($"{Base}/definitions/{id}/duplicate", new { definitionId = copyId, name = "副本" }))
            .ShouldSucceedWith<JsonObject>();

        copy["definitionId"]!.GetValue<string>().ShouldBe(copyId);
        copy["name"]!.GetValue<string>().ShouldBe("副本");
        copy["version"]!.GetValue<int>().ShouldBe(1);
        copy["isPublished"]!.GetValue<bool>().ShouldBeFalse();
        copy["root"]!["activities"]!.AsArray().Select(a => a!["id"]!.GetValue<string>()).ShouldBe(["start", "wait"]);
        (await RowAsync(analyst, copyId))["lastEditedBy"]!.GetValue<string>().ShouldBe("analyst");
        await (await analyst.PostAsJsonAsync($"{Base}/definitions/{id}/duplicate", new { definitionId = copyId }))
            .ShouldBeProblem(HttpStatusCode.Conflict, WorkflowDesignerErrorCodes.DefinitionExists);
        var errors = await (await analyst.PostAsJsonAsync($"{Base}/definitions/{id}/duplicate", new { definitionId = "has space" }))
            .ShouldBeProblem(HttpStatusCode.BadRequest, WorkflowDesignerErrorCodes.InvalidRequest);
        errors.ShouldContainKey("definitionId");
        (await analyst.PostAsJsonAsync($"{Base}/definitions/{NewId("missing")}/duplicate", new { definitionId = NewId("x") }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_Refuse_A_Test_Run_Of_A_Workflow_Never_Published()
    {
        var analyst = await factory.ClientForAsync("analyst");
        var id = NewId("designer-draft");
        (await analyst.PutAsync($"{Base}/definitions/{id}", JsonBody(WaitDefinition(id)))).EnsureSuccessStatusCode();

        await (await analyst.PostAsJsonAsync($"{Base}/definitions/{id}/test-run", new { })).ShouldBeProblem(HttpStatusCode.Conflict, WorkflowDesignerErrorCodes.NotPublished);
        (await analyst.PostAsJsonAsync($"{Base}/definitions/{NewId("none")}/test-run", new { })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_Give_The_Viewer_The_Version_An_Instance_Is_Pinned_To_And_Filter_Instances_By_Date()
    {
        var analyst = await factory.ClientForAsync("analyst");
        var dispatcher = await factory.ClientForAsync("dispatcher");
        var id = NewId("designer-pinned");
        await SaveAndPublishAsync(analyst, id);
        var started = await (await analyst.PostAsJsonAsync($"{Base}/definitions/{id}/test-run", new { correlationId = "WO-PIN-1" })).ShouldSucceedWith<JsonObject>();
        var instanceId = started["instanceId"]!.GetValue<string>();
        (await analyst.PutAsync($"{Base}/definitions/{id}", JsonBody(WaitDefinition(id, "Changed")))).EnsureSuccessStatusCode();
        (await analyst.PostAsync($"{Base}/definitions/{id}/publish", null)).EnsureSuccessStatusCode();

        // A dispatcher reads instances but not the designer's definitions: the pinned version comes with the instance.
        var pinned = await (await dispatcher.GetAsync($"{Base}/instances/{instanceId}/definition")).ShouldSucceedWith<JsonObject>();
        pinned["version"]!.GetValue<int>().ShouldBe(1);
        pinned["root"]!["activities"]![1]!["inputs"]!["eventName"]!["value"]!.GetValue<string>().ShouldBe("DesignerPing");
        (await dispatcher.GetAsync($"{Base}/definitions/{id}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var today = DateTimeOffset.UtcNow.AddMinutes(-5).ToString("O");
        var tomorrow = DateTimeOffset.UtcNow.AddDays(1).ToString("O");
        var inRange = await (await analyst.GetAsync($"{Base}/instances?definitionId={id}&createdFrom={Uri.EscapeDataString(today)}&createdTo={Uri.EscapeDataString(tomorrow)}"))
            .ShouldSucceedWith<JsonObject>();
        inRange["total"]!.GetValue<int>().ShouldBe(1);
        var before = await (await analyst.GetAsync($"{Base}/instances?definitionId={id}&createdTo={Uri.EscapeDataString(today)}")).ShouldSucceedWith<JsonObject>();
        before["total"]!.GetValue<int>().ShouldBe(0);
    }

    [Fact]
    public async Task Should_Export_And_Import_A_Workflow_To_The_Same_Definition()
    {
        var analyst = await factory.ClientForAsync("analyst");
        var id = NewId("designer-roundtrip");
        await SaveAndPublishAsync(analyst, id);
        var exported = await (await analyst.GetAsync($"{Base}/definitions/{id}/export")).Content.ReadAsStringAsync();

        var imported = await (await analyst.PostAsync($"{Base}/definitions/import", new StringContent(exported, Encoding.UTF8, "application/json")))
            .ShouldSucceedWith<JsonObject>();
        var again = await (await analyst.GetAsync($"{Base}/definitions/{id}/export")).Content.ReadAsStringAsync();

        imported["version"]!.GetValue<int>().ShouldBe(2);
        Comparable(again).ShouldBe(Comparable(exported));
    }

    /// <summary>A definition without the fields the store assigns (row id, version, latest/published flags).</summary>
    private static string Comparable(string json)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        foreach (var key in new[] { "id", "version", "isLatest", "isPublished" }) node.Remove(key);
        return node.ToJsonString();
    }
}
