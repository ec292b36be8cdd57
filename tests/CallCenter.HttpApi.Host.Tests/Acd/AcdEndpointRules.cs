using CallCenter.Authorization;

namespace CallCenter.Acd;

/// <summary>The ACD configuration endpoints' rules for the permission matrix (merged into <see cref="EndpointRules"/>).</summary>
public static class AcdEndpointRules
{
    public static readonly Dictionary<string, EndpointRules.RequestFactory> Rules = new()
    {
        ["GET /api/acd/queues"] = _ => Get("/api/acd/queues"),
        ["GET /api/acd/queues/{id:guid}"] = async admin => new(HttpMethod.Get, $"/api/acd/queues/{(await AcdTestData.QueueNamedAsync(admin, "报修组")).Id}"),
        ["POST /api/acd/queues"] = _ => Task.FromResult(JsonRequest(HttpMethod.Post, "/api/acd/queues", AcdTestData.NewQueue())),
        ["PUT /api/acd/queues/{id:guid}"] = async admin =>
        {
            var created = await CreateQueueAsync(admin);
            return JsonRequest(HttpMethod.Put, $"/api/acd/queues/{created.Id}", AcdTestData.NewQueue() with { WrapUpSeconds = 60 });
        },
        ["DELETE /api/acd/queues/{id:guid}"] = async admin => new(HttpMethod.Delete, $"/api/acd/queues/{(await CreateQueueAsync(admin)).Id}"),
        ["GET /api/acd/settings"] = _ => Get("/api/acd/settings"),
        ["PUT /api/acd/settings"] = _ => Task.FromResult(JsonRequest(HttpMethod.Put, "/api/acd/settings",
            new AcdSettingsDto(["小休", "用餐", "培训", "会议"], 60, 3))),
        ["GET /api/acd/agents"] = _ => Get("/api/acd/agents"),
        ["GET /api/acd/agents/{userId:guid}"] = async admin => new(HttpMethod.Get, $"/api/acd/agents/{await AcdTestData.UserIdAsync(admin, "agent")}"),
        // Each run a fresh extension for the same user: always valid, never taken.
        ["PUT /api/acd/agents/{userId:guid}"] = async admin => JsonRequest(HttpMethod.Put, $"/api/acd/agents/{await AcdTestData.UserIdAsync(admin, "inspector")}",
            new UpdateAcdAgentDto { Extension = "7" + AcdTestData.UniqueSuffix(), Skills = [new AgentSkillDto("质检", 4)] }),
        ["POST /api/acd/agents/{userId:guid}/sip-password"] = async admin =>
            new(HttpMethod.Post, $"/api/acd/agents/{await AcdTestData.UserIdAsync(admin, "agent4")}/sip-password"),
    };

    private static Task<HttpRequestMessage> Get(string url) => Task.FromResult(new HttpRequestMessage(HttpMethod.Get, url));

    private static HttpRequestMessage JsonRequest<T>(HttpMethod method, string url, T body) =>
        new(method, url) { Content = JsonContent.Create(body, options: Json.Options) };

    private static async Task<AcdQueueDefinitionDto> CreateQueueAsync(HttpClient admin) =>
        await (await admin.PostAsJsonAsync("/api/acd/queues", AcdTestData.NewQueue(), Json.Options)).ShouldSucceedWith<AcdQueueDefinitionDto>();
}
