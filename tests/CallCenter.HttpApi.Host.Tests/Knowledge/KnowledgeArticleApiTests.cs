using Microsoft.Extensions.DependencyInjection;
using CallCenter.Common;
using CallCenter.Errors;
using static CallCenter.Knowledge.KnowledgeTestData;

namespace CallCenter.Knowledge;

[Collection(ApiCollection.Name)]
public sealed class KnowledgeArticleApiTests(KnowledgeApiFactory factory) : IClassFixture<KnowledgeApiFactory>
{
    [Fact]
    public async Task Should_Render_Markdown_And_Strip_Scripts_Event_Handlers_And_Javascript_Links()
    {
        var editor = await factory.ClientForAsync("editor");
        const string body = "**加粗**\n\n<script>alert('x')</script>\n\n<img src=\"a.png\" onerror=\"alert(1)\">\n\n" +
                            "[点我](javascript:alert(1))\n\n<div onclick=\"steal()\" style=\"position:fixed\">覆盖</div>";

        var article = await CreateDraftAsync(editor, body: body);
        var preview = await (await editor.PostAsJsonAsync("/api/knowledge/preview", new KnowledgePreviewDto(body), Json.Options))
            .ShouldSucceedWith<KnowledgePreviewResultDto>();

        foreach (var html in new[] { article.BodyHtml, preview.Html })
        {
            html.ShouldContain("<strong>加粗</strong>");
            html.ShouldNotContain("<img", Case.Insensitive); // not one of our images (see KnowledgeImageApiTests)
            html.ShouldNotContain("<script", Case.Insensitive);
            html.ShouldNotContain("onerror", Case.Insensitive);
            html.ShouldNotContain("onclick", Case.Insensitive);
            html.ShouldNotContain("javascript:", Case.Insensitive);
            html.ShouldNotContain("position:fixed");
        }
        article.BodyMarkdown.ShouldBe(body);
    }

    [Fact]
    public async Task Should_Never_Show_Drafts_Or_Archived_Articles_To_Agents()
    {
        var editor = await factory.ClientForAsync("editor");
        var agent = await factory.ClientForAsync("agent");
        var word = "蓝鲸阀" + Unique();
        var draft = await CreateDraftAsync(editor, title: $"{word}的排气方法");

        (await SearchAsync(agent, word)).Items.ShouldNotContain(h => h.Id == draft.Id);
        (await SearchAsync(agent, word, "&status=Draft")).Items.ShouldNotContain(h => h.Id == draft.Id);
        (await agent.GetAsync($"/api/knowledge/articles/{draft.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await agent.GetAsync($"/api/knowledge/articles?filter={Uri.EscapeDataString(word)}&status=Draft"))
            .ShouldSucceedWith<PagedResultDto<KnowledgeArticleListItemDto>>()).Items.ShouldBeEmpty();
        (await SearchAsync(editor, word)).Items.ShouldContain(h => h.Id == draft.Id && h.Status == ArticleStatus.Draft);

        await (await editor.PostAsync($"/api/knowledge/articles/{draft.Id}/publish", null)).ShouldSucceedWith<KnowledgeArticleDto>();
        (await SearchAsync(agent, word)).Items.First().Id.ShouldBe(draft.Id);
        (await agent.GetAsync($"/api/knowledge/articles/{draft.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await (await editor.PostAsync($"/api/knowledge/articles/{draft.Id}/archive", null)).ShouldSucceedWith<KnowledgeArticleDto>();
        (await SearchAsync(agent, word)).Items.ShouldNotContain(h => h.Id == draft.Id);
        (await agent.GetAsync($"/api/knowledge/articles/{draft.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_Keep_The_Seeded_Drafts_And_Archived_Notices_Away_From_Agents()
    {
        var agent = await factory.ClientForAsync("agent");

        var drafts = await SearchAsync(agent, "收费标准调整说明征求意见稿");
        var notices = await SearchAsync(agent, "阳光小区管网抢修临时停热通知");

        drafts.Items.ShouldNotContain(h => h.Code.StartsWith("KB-99"));
        notices.Items.ShouldNotContain(h => h.Code.StartsWith("KB-6"));
        notices.Items.ShouldAllBe(h => h.Status == ArticleStatus.Published);
    }

    [Fact]
    public async Task Should_List_Every_Invalid_Field_And_Store_Nothing()
    {
        var editor = await factory.ClientForAsync("editor");
        var before = (await (await editor.GetAsync("/api/knowledge/articles?pageSize=1")).ShouldSucceedWith<PagedResultDto<KnowledgeArticleListItemDto>>()).TotalCount;

        var response = await editor.PostAsJsonAsync("/api/knowledge/articles", new CreateUpdateKnowledgeArticleDto
        {
            Title = "", StandardAnswer = " ", CategoryId = Guid.NewGuid(), Keywords = [new string('词', 41)],
        }, Json.Options);

        var errors = await response.ShouldBeProblem(HttpStatusCode.BadRequest, CallCenterErrorCodes.ValidationFailed);
        errors.Keys.ShouldBe(["title", "standardAnswer", "keywords[0]", "categoryId"], ignoreOrder: true);
        (await (await editor.GetAsync("/api/knowledge/articles?pageSize=1")).ShouldSucceedWith<PagedResultDto<KnowledgeArticleListItemDto>>())
            .TotalCount.ShouldBe(before);
    }

    [Fact]
    public async Task Should_Record_Every_Edit_As_A_Version_With_Its_Editor()
    {
        var editor = await factory.ClientForAsync("editor");
        var article = await CreateDraftAsync(editor, title: "版本测试 " + Unique());
        var edit = await NewArticleAsync(editor, title: article.Title + "（修订）") with { ConcurrencyStamp = article.ConcurrencyStamp };

        var updated = await (await editor.PutAsJsonAsync($"/api/knowledge/articles/{article.Id}", edit, Json.Options)).ShouldSucceedWith<KnowledgeArticleDto>();
        var stale = await editor.PutAsJsonAsync($"/api/knowledge/articles/{article.Id}", edit, Json.Options);
        var versions = await (await editor.GetAsync($"/api/knowledge/articles/{article.Id}/versions")).ShouldSucceedWith<List<KnowledgeArticleVersionDto>>();

        updated.Version.ShouldBe(2);
        await stale.ShouldBeProblem(HttpStatusCode.Conflict, CallCenterErrorCodes.ConcurrencyConflict);
        versions.Select(v => v.Version).ShouldBe([2, 1]);
        versions[0].Title.ShouldEndWith("（修订）");
        versions.ShouldAllBe(v => v.EditorName == "editor");
    }

    [Fact]
    public async Task Should_Publish_A_Scheduled_Article_When_Its_Time_Comes()
    {
        var editor = await factory.ClientForAsync("editor");
        var agent = await factory.ClientForAsync("agent");
        var draft = await CreateDraftAsync(editor, title: "定时发布 " + Unique());

        var past = await editor.PostAsync($"/api/knowledge/articles/{draft.Id}/publish?publishAt={At(factory.Clock.GetUtcNow().AddMinutes(-1))}", null);
        var scheduled = await (await editor.PostAsync($"/api/knowledge/articles/{draft.Id}/publish?publishAt={At(factory.Clock.GetUtcNow().AddHours(1))}", null))
            .ShouldSucceedWith<KnowledgeArticleDto>();
        var beforeDue = await agent.GetAsync($"/api/knowledge/articles/{draft.Id}");
        factory.Clock.Advance(TimeSpan.FromHours(2));
        using (var scope = factory.CreateScope())
            await scope.ServiceProvider.GetRequiredService<IKnowledgeArticleAppService>().PublishDueAsync();

        (await past.ShouldBeProblem(HttpStatusCode.BadRequest, KnowledgeErrorCodes.ScheduleInPast)).Keys.ShouldContain("publishAt");
        scheduled.Status.ShouldBe(ArticleStatus.Draft);
        scheduled.ScheduledPublishAt.ShouldNotBeNull();
        beforeDue.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var published = await (await agent.GetAsync($"/api/knowledge/articles/{draft.Id}")).ShouldSucceedWith<KnowledgeArticleDto>();
        published.Status.ShouldBe(ArticleStatus.Published);
        published.ScheduledPublishAt.ShouldBeNull();
    }

    [Fact]
    public async Task Should_Publish_Due_Articles_Once_When_Two_Publishers_Race()
    {
        // Two nodes' background publishers (or one racing an explicit call) must not fail on each other's work.
        var editor = await factory.ClientForAsync("editor");
        var drafts = new List<KnowledgeArticleDto>();
        for (var i = 0; i < 6; i++)
        {
            var draft = await CreateDraftAsync(editor, title: "并发发布 " + Unique());
            (await editor.PostAsync($"/api/knowledge/articles/{draft.Id}/publish?publishAt={At(factory.Clock.GetUtcNow().AddMinutes(30))}", null))
                .EnsureSuccessStatusCode();
            drafts.Add(draft);
        }
        factory.Clock.Advance(TimeSpan.FromHours(1));

        async Task<int> PublishAsync()
        {
            using var scope = factory.CreateScope();
            return await scope.ServiceProvider.GetRequiredService<IKnowledgeArticleAppService>().PublishDueAsync();
        }
        // Before the fix the losers threw CallCenter:General:409 out of PublishDueAsync.
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(PublishAsync)));

        foreach (var draft in drafts)
        {
            var article = await (await editor.GetAsync($"/api/knowledge/articles/{draft.Id}")).ShouldSucceedWith<KnowledgeArticleDto>();
            article.Status.ShouldBe(ArticleStatus.Published);
            article.ScheduledPublishAt.ShouldBeNull();
        }
    }

    private static string At(DateTimeOffset time) => Uri.EscapeDataString(time.ToString("O"));
}
