using CallCenter.Errors;
using CallCenter.Knowledge.Indexing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using CallCenter.Repositories;
using static CallCenter.Knowledge.KnowledgeTestData;

namespace CallCenter.Knowledge;

[Collection(ApiCollection.Name)]
public sealed class KnowledgeSearchApiTests(KnowledgeApiFactory factory) : IClassFixture<KnowledgeApiFactory>
{
    [Fact]
    public async Task Should_Find_Radiator_Articles_For_暖气不热_With_Highlights_And_Facets()
    {
        var agent = await factory.ClientForAsync("agent");

        var result = await SearchAsync(agent, "暖气不热");

        result.TotalCount.ShouldBeGreaterThan(3);
        result.Items.Take(3).ShouldContain(h => h.Code == "KB-0001");
        result.Items.ShouldAllBe(h => h.Status == ArticleStatus.Published);
        result.Items[0].TitleHtml.ShouldContain("<em>");
        result.Items.ShouldContain(h => h.SnippetHtml.Contains("<em>"));
        result.Facets.ShouldContain(f => f.Name == "暖气不热" && f.Count > 0);
    }

    [Fact]
    public async Task Should_Filter_By_A_Parent_Category_Including_Its_Children()
    {
        var agent = await factory.ClientForAsync("agent");
        var fees = await CategoryIdAsync(agent, "fees");
        var children = (await (await agent.GetAsync("/api/knowledge/categories")).ShouldSucceedWith<List<KnowledgeCategoryDto>>())
            .Where(c => c.ParentId == fees).Select(c => c.Id).Append(fees).ToHashSet();

        var result = await SearchAsync(agent, "暖气费", $"&categoryId={fees}");

        result.Items.ShouldNotBeEmpty();
        result.Items.ShouldAllBe(h => children.Contains(h.CategoryId));
    }

    [Fact]
    public async Task Should_Apply_A_Synonym_Edit_Without_A_Restart()
    {
        var agent = await factory.ClientForAsync("agent");
        var editor = await factory.ClientForAsync("editor");
        var before = await SearchAsync(agent, "radiator");
        var synonyms = await (await editor.GetAsync("/api/knowledge/synonyms")).ShouldSucceedWith<KnowledgeSynonymsDto>();

        await (await editor.PutAsJsonAsync("/api/knowledge/synonyms",
            new KnowledgeSynonymsDto([.. synonyms.Groups, ["radiator", "暖气片"]]), Json.Options)).ShouldSucceedWith<KnowledgeSynonymsDto>();
        var after = await SearchAsync(agent, "radiator");

        before.Items.ShouldBeEmpty();
        after.Items.ShouldNotBeEmpty();
        after.Items[0].TitleHtml.ShouldContain("<em>暖气片</em>");
    }

    [Fact]
    public async Task Should_Reject_A_Synonym_Group_Of_One_Term()
    {
        var editor = await factory.ClientForAsync("editor");

        var response = await editor.PutAsJsonAsync("/api/knowledge/synonyms", new KnowledgeSynonymsDto([["暖气", "供暖"], ["孤词"]]), Json.Options);

        (await response.ShouldBeProblem(HttpStatusCode.BadRequest, Errors.CallCenterErrorCodes.ValidationFailed)).Keys.ShouldBe(["groups[1]"]);
    }

    [Fact]
    public async Task Should_Refuse_A_Synonym_Body_Without_Groups_And_Change_Nothing()
    {
        var editor = await factory.ClientForAsync("editor");
        await (await editor.PutAsJsonAsync("/api/knowledge/synonyms",
            new KnowledgeSynonymsDto([["暖气不热", "不热", "温度低"]]), Json.Options)).ShouldSucceedWith<KnowledgeSynonymsDto>();
        var before = await (await editor.GetAsync("/api/knowledge/synonyms")).ShouldSucceedWith<KnowledgeSynonymsDto>();

        var response = await editor.PutAsync("/api/knowledge/synonyms", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));

        (await response.ShouldBeProblem(HttpStatusCode.BadRequest, Errors.CallCenterErrorCodes.ValidationFailed)).Keys.ShouldBe(["groups"]);
        var after = await (await editor.GetAsync("/api/knowledge/synonyms")).ShouldSucceedWith<KnowledgeSynonymsDto>();
        before.Groups.ShouldNotBeEmpty();
        after.Groups.Select(g => string.Join("|", g)).ShouldBe(before.Groups.Select(g => string.Join("|", g)));
    }

    [Fact]
    public async Task Should_Suggest_Articles_From_A_Disposition_Category_Or_Wrap_Up_Notes()
    {
        var agent = await factory.ClientForAsync("agent");
        var floor = await CategoryIdAsync(agent, "quality.floor");

        var byCategory = await (await agent.GetAsync("/api/knowledge/suggestions?categoryCode=quality.floor&take=3")).ShouldSucceedWith<List<KnowledgeSearchHitDto>>();
        var byNotes = await (await agent.GetAsync($"/api/knowledge/suggestions?text={Uri.EscapeDataString("用户说楼上暖气漏水渗到家里")}"))
            .ShouldSucceedWith<List<KnowledgeSearchHitDto>>();

        byCategory.Count.ShouldBe(3);
        byCategory.ShouldAllBe(h => h.CategoryId == floor);
        byNotes.Take(3).ShouldContain(h => h.Code == "KB-0222");
    }

    [Fact]
    public async Task Should_Count_Helpful_Feedback_And_Refuse_It_On_An_Unpublished_Article()
    {
        var agent = await factory.ClientForAsync("agent");
        var editor = await factory.ClientForAsync("editor");
        var id = await SeededIdAsync(agent, "KB-0011");
        var draft = await CreateDraftAsync(editor);

        var first = await (await agent.PostAsJsonAsync($"/api/knowledge/articles/{id}/feedback", new KnowledgeFeedbackDto(true, "排气", null), Json.Options))
            .ShouldSucceedWith<KnowledgeFeedbackResultDto>();
        var second = await (await agent.PostAsJsonAsync($"/api/knowledge/articles/{id}/feedback", new KnowledgeFeedbackDto(false, null, "步骤不清楚"), Json.Options))
            .ShouldSucceedWith<KnowledgeFeedbackResultDto>();
        var onDraft = await editor.PostAsJsonAsync($"/api/knowledge/articles/{draft.Id}/feedback", new KnowledgeFeedbackDto(true, null, null), Json.Options);

        second.HelpfulCount.ShouldBe(first.HelpfulCount);
        second.NotHelpfulCount.ShouldBe(first.NotHelpfulCount + 1);
        await onDraft.ShouldBeProblem(HttpStatusCode.Conflict, KnowledgeErrorCodes.NotPublished);
    }

    [Fact]
    public async Task Should_Rebuild_A_Missing_Index_From_PostgreSQL_And_Reuse_It_After_A_Restart()
    {
        var path = Path.Combine(Path.GetTempPath(), "cc-knowledge-rebuild-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            using var scope = factory.CreateScope();
            var query = scope.ServiceProvider.GetRequiredService<IAsyncQueryExecuter>();
            var articles = scope.ServiceProvider.GetRequiredService<IRepository<KnowledgeArticle>>();
            var inDatabase = await query.CountAsync(articles.Query());
            bool rebuiltWhenMissing, rebuiltAfterRestart;
            using (var missing = new LuceneKnowledgeIndex(path))
                rebuiltWhenMissing = await Synchronizer(scope, missing).EnsureCurrentAsync();
            using var restarted = new LuceneKnowledgeIndex(path);
            rebuiltAfterRestart = await Synchronizer(scope, restarted).EnsureCurrentAsync();
            var hits = restarted.Search(new KnowledgeIndexQuery("暖气片整体不热", [ArticleStatus.Published])).Hits;

            rebuiltWhenMissing.ShouldBeTrue();
            rebuiltAfterRestart.ShouldBeFalse();
            restarted.GetState().DocumentCount.ShouldBe(inDatabase);
            hits.ShouldNotBeEmpty();
        }
        finally
        {
            if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
        }
    }

    private static KnowledgeIndexSynchronizer Synchronizer(IServiceScope scope, IKnowledgeIndex index) => new(
        scope.ServiceProvider.GetRequiredService<IRepository<KnowledgeArticle>>(),
        scope.ServiceProvider.GetRequiredService<IRepository<KnowledgeCategory>>(),
        scope.ServiceProvider.GetRequiredService<IRepository<KnowledgeSynonymGroup>>(),
        scope.ServiceProvider.GetRequiredService<IAsyncQueryExecuter>(),
        index, NullLogger<KnowledgeIndexSynchronizer>.Instance);
}
