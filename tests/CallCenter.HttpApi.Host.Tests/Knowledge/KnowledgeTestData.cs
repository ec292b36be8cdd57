using CallCenter.Common;

namespace CallCenter.Knowledge;

/// <summary>Articles and categories the knowledge tests and the permission matrix create through the API.</summary>
public static class KnowledgeTestData
{
    private static int _counter;

    public static string Unique() => Interlocked.Increment(ref _counter).ToString("D3") + Random.Shared.Next(1000, 9999);

    public static async Task<Guid> CategoryIdAsync(HttpClient client, string code = "quality.notwarm") =>
        (await (await client.GetAsync("/api/knowledge/categories")).ShouldSucceedWith<List<KnowledgeCategoryDto>>()).Single(c => c.Code == code).Id;

    public static async Task<CreateUpdateKnowledgeArticleDto> NewArticleAsync(HttpClient client, string? title = null, string? body = null) => new()
    {
        Title = title ?? "测试知识 " + Unique(),
        BodyMarkdown = body ?? "## 处理步骤\n\n1. 核实户号\n2. 指导排气",
        StandardAnswer = "请先排气，仍不热我们派人上门。",
        Keywords = ["测试"],
        CategoryId = await CategoryIdAsync(client),
        Audience = ArticleAudience.Public,
    };

    public static async Task<KnowledgeArticleDto> CreateDraftAsync(HttpClient editor, string? title = null, string? body = null) =>
        await (await editor.PostAsJsonAsync("/api/knowledge/articles", await NewArticleAsync(editor, title, body), Json.Options))
            .ShouldSucceedWith<KnowledgeArticleDto>();

    public static async Task<KnowledgeArticleDto> CreatePublishedAsync(HttpClient editor, string? title = null, string? body = null)
    {
        var draft = await CreateDraftAsync(editor, title, body);
        return await (await editor.PostAsync($"/api/knowledge/articles/{draft.Id}/publish", null))
            .ShouldSucceedWith<KnowledgeArticleDto>();
    }

    public static async Task<Guid> SeededIdAsync(HttpClient client, string code) =>
        (await (await client.GetAsync($"/api/knowledge/articles?filter={code}")).ShouldSucceedWith<PagedResultDto<KnowledgeArticleListItemDto>>())
        .Items.Single(a => a.Code == code).Id;

    public static async Task<KnowledgeSearchResultDto> SearchAsync(HttpClient client, string q, string extra = "") =>
        await (await client.GetAsync($"/api/knowledge/search?q={Uri.EscapeDataString(q)}{extra}")).ShouldSucceedWith<KnowledgeSearchResultDto>();
}
