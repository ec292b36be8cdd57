using CallCenter.Common;
using CallCenter.Errors;
using static CallCenter.Knowledge.KnowledgeTestData;

namespace CallCenter.Knowledge;

/// <summary>Question phrasings (常见问法) through the API: stored, versioned, searchable, validated.</summary>
[Collection(ApiCollection.Name)]
public sealed class KnowledgeQuestionApiTests(KnowledgeApiFactory factory) : IClassFixture<KnowledgeApiFactory>
{
    [Fact]
    public async Task Should_Store_The_Phrasings_And_Find_The_Article_By_One_Of_Them()
    {
        var editor = await factory.ClientForAsync("editor");
        var agent = await factory.ClientForAsync("agent");
        var word = "青蛙阀" + Unique();
        var input = await NewArticleAsync(editor, title: "测试常见问法 " + Unique()) with { Questions = [$"  {word}转不动了  ", "", $"{word}转不动了"] };

        var created = await (await editor.PostAsJsonAsync("/api/knowledge/articles", input, Json.Options)).ShouldSucceedWith<KnowledgeArticleDto>();
        await (await editor.PostAsync($"/api/knowledge/articles/{created.Id}/publish", null)).ShouldSucceedWith<KnowledgeArticleDto>();
        var versions = await (await editor.GetAsync($"/api/knowledge/articles/{created.Id}/versions")).ShouldSucceedWith<List<KnowledgeArticleVersionDto>>();

        created.Questions.ShouldBe([$"{word}转不动了"], "trimmed, empty lines and repeats dropped");
        versions.Single().Questions.ShouldBe(created.Questions);
        // The phrasing is the only text that holds the word: the search finds the article through it.
        (await SearchAsync(agent, word + "转不动")).Items.First().Id.ShouldBe(created.Id);
    }

    [Fact]
    public async Task Should_Refuse_Too_Many_Or_Too_Long_Phrasings_With_The_Offending_Fields()
    {
        var editor = await factory.ClientForAsync("editor");
        var tooMany = await NewArticleAsync(editor) with
        {
            Questions = [.. Enumerable.Range(0, KnowledgeConsts.MaxQuestions + 1).Select(i => $"问法{i}")],
        };
        var tooLong = await NewArticleAsync(editor) with { Questions = ["正常的问法", new string('问', KnowledgeConsts.MaxQuestionLength + 1)] };

        var many = await (await editor.PostAsJsonAsync("/api/knowledge/articles", tooMany, Json.Options))
            .ShouldBeProblem(HttpStatusCode.BadRequest, CallCenterErrorCodes.ValidationFailed);
        var longOne = await (await editor.PostAsJsonAsync("/api/knowledge/articles", tooLong, Json.Options))
            .ShouldBeProblem(HttpStatusCode.BadRequest, CallCenterErrorCodes.ValidationFailed);

        many.Keys.ShouldBe(["questions"]);
        longOne.Keys.ShouldBe(["questions[1]"]);
    }
}
