using CallCenter.Seeding.Knowledge;

namespace CallCenter.Knowledge;

public sealed class KnowledgeCorpusTests
{
    [Fact]
    public void Should_Seed_At_Least_200_Articles_With_Unique_Codes_And_Known_Categories()
    {
        var all = KnowledgeCorpus.All;
        var categories = KnowledgeSeedCategories.All.Select(c => c.Code).ToHashSet();

        all.Count.ShouldBeGreaterThanOrEqualTo(200);
        all.Count(a => a.Status == ArticleStatus.Published).ShouldBeGreaterThanOrEqualTo(150);
        all.Select(a => a.Code).ShouldBeUnique();
        all.Select(a => a.Title).ShouldBeUnique();
        all.ShouldAllBe(a => categories.Contains(a.CategoryCode) && a.StandardAnswer.Length > 10 && a.Keywords.Count > 0);
    }

    [Fact]
    public void Should_Render_Every_Seeded_Body_To_Plain_Text_Without_Markdown_Syntax()
    {
        var text = KnowledgeMarkdownRenderer.ToPlainText(KnowledgeCorpus.All[0].BodyMarkdown);

        text.ShouldContain("处理步骤");
        text.ShouldNotContain("##");
    }
}
