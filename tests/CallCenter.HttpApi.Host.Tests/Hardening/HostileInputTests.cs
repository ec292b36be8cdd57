using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CallCenter.Errors;
using CallCenter.Workflows;

namespace CallCenter.Hardening;

/// <summary>
/// The hostile-input classes of the hardening pass (#15) against the real host: first each defect on its own, then a
/// walk over every operation of the OpenAPI document. Bad input must be a 4xx ProblemDetails with a code, never a 5xx.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class HostileInputTests(CallCenterApiFactory factory) : IClassFixture<CallCenterApiFactory>
{
    [Theory]
    [InlineData("/api/households?Filter=%00", "filter")]
    [InlineData("/api/calls?Number=%00", "number")]
    [InlineData("/api/audit-logs?UserName=a%00b", "userName")]
    public async Task Should_Refuse_A_Nul_In_A_Query_Or_Route_Value_Naming_The_Field(string url, string field)
    {
        var admin = await factory.ClientForAsync("admin");

        var errors = await (await admin.GetAsync(url)).ShouldBeProblem(HttpStatusCode.BadRequest, InputErrorCodes.NulCharacter);

        errors.Keys.ShouldBe([field]);
    }

    [Fact]
    public async Task Should_Refuse_A_Nul_In_A_Json_Body_Naming_Its_Path_And_Store_Nothing()
    {
        var admin = await factory.ClientForAsync("admin");
        const string body = """{"accountNumber":"9900000001","name":"a\u0000b","phones":[{"number":"1370000\u00009001","isPrimary":true}],"district":"南岗区","community":"阳光小区","heatingAreaM2":80}""";

        var response = await admin.PostAsync("/api/households", new StringContent(body, Encoding.UTF8, "application/json"));

        (await response.ShouldBeProblem(HttpStatusCode.BadRequest, InputErrorCodes.NulCharacter)).Keys.ShouldBe(["name"]);
        var list = await (await admin.GetAsync("/api/households?Filter=9900000001")).ShouldSucceedWith<JsonObject>();
        list["totalCount"]!.GetValue<long>().ShouldBe(0);
        // A literal backslash followed by "u0000" is ordinary text, not a NUL.
        var escaped = await admin.PostAsync("/api/households", new StringContent(
            body.Replace("a\\u0000b", "a\\\\u0000b").Replace("1370000\\u00009001", "13700009001"), Encoding.UTF8, "application/json"));
        escaped.StatusCode.ShouldBe(HttpStatusCode.Created, await escaped.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("Page=2147483647&PageSize=2", new[] { "page" })]
    [InlineData("Page=-1&PageSize=-1", new[] { "page", "pageSize" })]
    [InlineData("Page=0", new[] { "page" })]
    [InlineData("PageSize=501", new[] { "pageSize" })]
    [InlineData("Page=2147483648", new[] { "page" })]
    public async Task Should_Hold_One_Paging_Contract_On_Every_List(string query, string[] fields)
    {
        var admin = await factory.ClientForAsync("admin");
        foreach (var list in new[] { "/api/households", "/api/audit-logs", "/api/calls", "/api/workflows/instances", "/api/knowledge/search?q=暖气" })
        {
            var url = list + (list.Contains('?') ? "&" : "?") + query;

            var errors = await (await admin.GetAsync(url)).ShouldBeProblem(HttpStatusCode.BadRequest, InputErrorCodes.PagingInvalid);

            errors.Keys.Order().ShouldBe(fields.Order(), url);
        }
        (await admin.GetAsync("/api/households?Page=2&PageSize=2")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Should_Answer_415_For_A_Wrong_Content_Type_405_For_A_Wrong_Method_And_400_For_An_Empty_Body()
    {
        var admin = await factory.ClientForAsync("admin");

        await (await admin.PostAsync("/api/households", new StringContent("name=x", Encoding.UTF8, "text/plain")))
            .ShouldBeProblem(HttpStatusCode.UnsupportedMediaType, InputErrorCodes.UnsupportedMediaType);
        await (await admin.PutAsync($"/api/households/{Guid.NewGuid()}", new StringContent("<x/>", Encoding.UTF8, "application/xml")))
            .ShouldBeProblem(HttpStatusCode.UnsupportedMediaType, InputErrorCodes.UnsupportedMediaType);
        var wrongMethod = await admin.DeleteAsync("/api/audit-logs");
        await wrongMethod.ShouldBeProblem(HttpStatusCode.MethodNotAllowed, InputErrorCodes.MethodNotAllowed);
        wrongMethod.Content.Headers.Allow.ShouldContain("GET");
        var empty = new ByteArrayContent([]);
        empty.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var emptyBody = await admin.PostAsync("/api/households", empty);
        ((int)emptyBody.StatusCode).ShouldBe(400);
        emptyBody.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        await (await admin.GetAsync("/api/no-such-thing")).ShouldBeProblem(HttpStatusCode.NotFound, CallCenterErrorCodes.NotFound);
    }

    [Fact]
    public async Task Should_Refuse_Over_Long_Workflow_Event_Names_And_Correlation_Ids_With_The_Field()
    {
        var admin = await factory.ClientForAsync("admin");
        var tooLong = new string('x', 129);

        (await (await admin.PostAsJsonAsync("/api/workflows/events", new { name = tooLong }))
            .ShouldBeProblem(HttpStatusCode.BadRequest, WorkflowErrorCodes.InvalidInput)).Keys.ShouldBe(["name"]);
        (await (await admin.PostAsJsonAsync("/api/workflows/events", new { name = "ok", correlationId = tooLong }))
            .ShouldBeProblem(HttpStatusCode.BadRequest, WorkflowErrorCodes.InvalidInput)).Keys.ShouldBe(["correlationId"]);
        (await (await admin.PostAsJsonAsync("/api/workflows/instances", new { definitionId = "callback-request", correlationId = tooLong }))
            .ShouldBeProblem(HttpStatusCode.BadRequest, WorkflowErrorCodes.InvalidInput)).Keys.ShouldBe(["correlationId"]);
        (await (await admin.PostAsJsonAsync("/api/workflows/instances", new { definitionId = tooLong }))
            .ShouldBeProblem(HttpStatusCode.BadRequest, WorkflowErrorCodes.InvalidInput)).Keys.ShouldBe(["definitionId"]);
        var wait = JsonNode.Parse("""
            {"definitionId":"hostile-wait","name":"等待","root":{"activities":[{"id":"start","type":"Start"},
             {"id":"wait","type":"WaitForEvent","inputs":{"eventName":{"value":"HostilePing"}}}],
             "connections":[{"source":{"activity":"start","port":"Done"},"target":{"activity":"wait","port":"In"}}]}}
            """)!;
        (await admin.PutAsync("/api/workflows/definitions/hostile-wait", new StringContent(wait.ToJsonString(), Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();
        (await admin.PostAsync("/api/workflows/definitions/hostile-wait/publish", null)).EnsureSuccessStatusCode();
        (await (await admin.PostAsJsonAsync("/api/workflows/definitions/hostile-wait/test-run", new { correlationId = tooLong }))
            .ShouldBeProblem(HttpStatusCode.BadRequest, WorkflowErrorCodes.InvalidInput)).Keys.ShouldBe(["correlationId"]);
        using var http = new HttpRequestMessage(HttpMethod.Post, "/workflows/http/anything") { Content = JsonContent.Create(new { }) };
        http.Headers.Add("X-Correlation-Id", tooLong);
        (await (await admin.SendAsync(http)).ShouldBeProblem(HttpStatusCode.BadRequest, WorkflowErrorCodes.InvalidInput)).Keys.ShouldBe(["X-Correlation-Id"]);
        var definition = JsonNode.Parse("""{"definitionId":"x","name":"n","root":{"type":"Flowchart","id":"root","activities":[],"connections":[]}}""")!;
        definition["definitionId"] = new string('d', 129);
        (await (await admin.PostAsync("/api/workflows/definitions/import", new StringContent(definition.ToJsonString(), Encoding.UTF8, "application/json")))
            .ShouldBeProblem(HttpStatusCode.BadRequest, WorkflowErrorCodes.ValidationFailed)).Keys.ShouldContain("definitionId");
    }

    [Fact]
    public async Task Should_Answer_415_Not_500_When_The_Jobs_Dashboard_Gets_No_Form()
    {
        var admin = await factory.ClientForAsync("admin");

        var response = await admin.GetAsync("/hangfire/stats");

        await response.ShouldBeProblem(HttpStatusCode.UnsupportedMediaType, InputErrorCodes.UnsupportedMediaType);
    }

    [Fact]
    public async Task Should_Answer_404_When_Marking_A_Notification_That_Is_Not_Mine_Read()
    {
        var agent = await factory.ClientForAsync("agent");

        await (await agent.PostAsync($"/api/notifications/{Guid.NewGuid()}/read", null)).ShouldBeProblem(HttpStatusCode.NotFound, CallCenterErrorCodes.NotFound);
    }

    /// <summary>
    /// The permanent walk: every operation of /api/openapi/v1.json with every hostile class, as an administrator (who
    /// passes every permission check, so the input reaches the code behind it) and, for a sample, anonymously.
    /// </summary>
    [Fact]
    public async Task Should_Answer_Every_Hostile_Request_To_Every_Operation_Without_A_5xx_And_With_A_Coded_ProblemDetails()
    {
        var anonymous = factory.CreateClient();
        var document = JsonNode.Parse(await (await anonymous.GetAsync("/api/openapi/v1.json")).Content.ReadAsStringAsync())!;
        var operations = OpenApiHostileRequests.Operations(document);
        operations.Count.ShouldBeGreaterThan(100);
        var admin = await factory.ClientForAsync("admin");
        var failures = new List<string>();
        var sent = 0;
        var clock = Stopwatch.StartNew();
        var ordered = operations;
        for (var index = 0; index < ordered.Count; index++)
        {
            var op = ordered[index];
            foreach (var (label, build) in OpenApiHostileRequests.For(document, op))
            {
                // Anonymous too for every fifth operation and every plain request; signing out only anonymously, since the
                // administrator's sign-out would end the token the other tests share.
                var signOut = op.Path.EndsWith("/logout", StringComparison.Ordinal);
                var clients = signOut ? [("anonymous", anonymous)]
                    : index % 5 == 0 || label == "plain" ? new[] { ("admin", admin), ("anonymous", anonymous) } : [("admin", admin)];
                foreach (var (who, client) in clients)
                {
                    using var request = build();
                    using var response = await client.SendAsync(request);
                    sent++;
                    if (await Verdict(response) is { } problem) failures.Add($"{op} [{label}] as {who}: {problem}");
                }
            }
        }
        failures.ShouldBeEmpty($"{failures.Count} of {sent} hostile requests over {operations.Count} operations failed ({clock.Elapsed.TotalSeconds:0}s)");
    }

    /// <summary>Null when the answer is acceptable: below 500 and, for 4xx, a ProblemDetails with a "code".</summary>
    private static async Task<string?> Verdict(HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        var body = await response.Content.ReadAsStringAsync();
        var shortBody = body.Length > 300 ? body[..300] + "…" : body;
        if (status >= 500) return $"{status} {shortBody}";
        if (status < 400) return null;
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json") return $"{status} without ProblemDetails ({response.Content.Headers.ContentType}) {shortBody}";
        try
        {
            using var json = JsonDocument.Parse(body);
            if (!json.RootElement.TryGetProperty("code", out var code) || code.GetString() is not { Length: > 0 } text) return $"{status} ProblemDetails without code {shortBody}";
            // The database safety net answered: the value reached PostgreSQL unchecked — a validator is missing.
            return text == InputErrorCodes.ValueTooLong ? $"{status} too long for the database, unchecked before it {shortBody}" : null;
        }
        catch (JsonException)
        {
            return $"{status} unreadable ProblemDetails {shortBody}";
        }
    }
}
