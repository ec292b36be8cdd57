using CallCenter.Authorization;
using static CallCenter.Knowledge.KnowledgeTestData;

namespace CallCenter.Knowledge;

/// <summary>The knowledge endpoints' rules for the permission matrix (merged into <see cref="EndpointRules"/>).</summary>
public static class KnowledgeEndpointRules
{
    public static readonly Dictionary<string, EndpointRules.RequestFactory> Rules = new()
    {
        ["GET /api/knowledge/search"] = _ => Get("/api/knowledge/search?q=" + Uri.EscapeDataString("暖气不热")),
        ["GET /api/knowledge/suggestions"] = _ => Get("/api/knowledge/suggestions?text=" + Uri.EscapeDataString("暖气漏水")),
        ["GET /api/knowledge/articles"] = _ => Get("/api/knowledge/articles?pageSize=5"),
        ["GET /api/knowledge/articles/{id:guid}"] = async admin => new(HttpMethod.Get, $"/api/knowledge/articles/{await SeededIdAsync(admin, "KB-0001")}"),
        ["POST /api/knowledge/articles"] = async admin => JsonRequest(HttpMethod.Post, "/api/knowledge/articles", await NewArticleAsync(admin)),
        ["PUT /api/knowledge/articles/{id:guid}"] = async admin =>
            JsonRequest(HttpMethod.Put, $"/api/knowledge/articles/{(await CreateDraftAsync(admin)).Id}", await NewArticleAsync(admin)),
        ["POST /api/knowledge/articles/{id:guid}/publish"] = async admin =>
            new(HttpMethod.Post, $"/api/knowledge/articles/{(await CreateDraftAsync(admin)).Id}/publish"),
        ["POST /api/knowledge/articles/{id:guid}/archive"] = async admin =>
            new(HttpMethod.Post, $"/api/knowledge/articles/{(await CreateDraftAsync(admin)).Id}/archive"),
        ["GET /api/knowledge/articles/{id:guid}/versions"] = async admin =>
            new(HttpMethod.Get, $"/api/knowledge/articles/{await SeededIdAsync(admin, "KB-0001")}/versions"),
        ["POST /api/knowledge/articles/{id:guid}/feedback"] = async admin => JsonRequest(HttpMethod.Post,
            $"/api/knowledge/articles/{await SeededIdAsync(admin, "KB-0011")}/feedback", new KnowledgeFeedbackDto(true, null, null)),
        ["POST /api/knowledge/articles/{id:guid}/images"] = async admin =>
            new(HttpMethod.Post, $"/api/knowledge/articles/{(await CreateDraftAsync(admin)).Id}/images")
            {
                Content = new MultipartFormDataContent { { new ByteArrayContent(KnowledgeImageApiTests.Png), "file", "rule.png" } },
            },
        ["GET /api/knowledge/images/{imageId:guid}"] = async admin =>
        {
            var article = await CreatePublishedAsync(admin);
            var image = await (await KnowledgeImageApiTests.UploadAsync(admin, article.Id, KnowledgeImageApiTests.Png, "rule.png"))
                .ShouldSucceedWith<KnowledgeImageDto>();
            return new HttpRequestMessage(HttpMethod.Get, image.Url);
        },
        ["POST /api/knowledge/preview"] = _ => Task.FromResult(JsonRequest(HttpMethod.Post, "/api/knowledge/preview", new KnowledgePreviewDto("**预览**"))),
        ["GET /api/knowledge/categories"] = _ => Get("/api/knowledge/categories"),
        ["POST /api/knowledge/categories"] = async admin => JsonRequest(HttpMethod.Post, "/api/knowledge/categories",
            new CreateUpdateKnowledgeCategoryDto("test." + Unique(), "测试分类", await CategoryIdAsync(admin, "quality"), 99)),
        ["PUT /api/knowledge/categories/{id:guid}"] = async admin =>
        {
            var parent = await CategoryIdAsync(admin, "quality");
            var created = await (await admin.PostAsJsonAsync("/api/knowledge/categories",
                new CreateUpdateKnowledgeCategoryDto("test." + Unique(), "测试分类", parent, 99), Json.Options)).ShouldSucceedWith<KnowledgeCategoryDto>();
            return JsonRequest(HttpMethod.Put, $"/api/knowledge/categories/{created.Id}", new CreateUpdateKnowledgeCategoryDto(created.Code, "改名分类", parent, 99));
        },
        ["GET /api/knowledge/synonyms"] = _ => Get("/api/knowledge/synonyms"),
        // Writes back the current table: authorized callers succeed and nothing changes for the other rules.
        ["PUT /api/knowledge/synonyms"] = async admin => JsonRequest(HttpMethod.Put, "/api/knowledge/synonyms",
            await (await admin.GetAsync("/api/knowledge/synonyms")).ShouldSucceedWith<KnowledgeSynonymsDto>()),
    };

    private static Task<HttpRequestMessage> Get(string url) => Task.FromResult(new HttpRequestMessage(HttpMethod.Get, url));

    private static HttpRequestMessage JsonRequest<T>(HttpMethod method, string url, T body) =>
        new(method, url) { Content = JsonContent.Create(body, options: Json.Options) };
}
