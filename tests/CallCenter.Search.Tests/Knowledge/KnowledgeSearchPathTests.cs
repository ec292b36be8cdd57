using CallCenter.Knowledge.Indexing;

namespace CallCenter.Knowledge;

/// <summary>The shortcuts that make a search cheap must give the answers the slow way gave.</summary>
public sealed class KnowledgeSearchPathTests
{
    private static readonly ArticleStatus[] Published = [ArticleStatus.Published];

    [Fact]
    public void Should_Find_The_Same_Highlight_Spans_By_Substring_As_By_Analysis()
    {
        var terms = new HashSet<string> { "暖气", "气片", "排气", "不热", "供暖", "温度", "报停" };
        foreach (var document in SeededCorpus.Documents())
        {
            foreach (var text in new[] { document.Title, document.BodyText, document.StandardAnswer })
            {
                var fast = OffsetHighlighter.HanBigramSpans(text, terms).Order().ToList();
                var analyzed = OffsetHighlighter.AnalyzedSpans(text, terms).Order().ToList();
                fast.ShouldBe(analyzed, document.Code);
            }
        }
    }

    [Fact]
    public void Should_Count_Facets_And_The_Total_Over_All_Matches_Not_Only_The_Shown_Page()
    {
        using var index = SeededCorpus.NewIndex();

        var page = index.Search(new KnowledgeIndexQuery("暖气", Published, Take: 3, WithFacets: true));
        var everything = index.Search(new KnowledgeIndexQuery("暖气", Published, Take: 1000));

        page.Hits.Count.ShouldBe(3);
        page.TotalCount.ShouldBe(everything.Hits.Count);
        page.CategoryCounts.Values.Sum().ShouldBe(page.TotalCount);
    }

    [Fact]
    public void Should_Page_Through_The_Same_Order_As_One_Long_Page()
    {
        using var index = SeededCorpus.NewIndex();

        var all = index.Search(new KnowledgeIndexQuery("暖气不热", Published, Take: 20)).Hits.Select(h => h.Id).ToList();
        var second = index.Search(new KnowledgeIndexQuery("暖气不热", Published, Skip: 10, Take: 10)).Hits.Select(h => h.Id).ToList();

        second.ShouldBe(all.Skip(10).ToList());
    }

    [Fact]
    public void Should_Still_Find_Articles_That_Only_Share_Common_Bigrams_When_The_Query_Has_No_Rare_One()
    {
        using var index = SeededCorpus.NewIndex();
        // "暖气" is in a large share of the corpus: with nothing rare in the query, the gate must not apply.
        index.CommonFraction = 0.01;

        var hits = index.Search(new KnowledgeIndexQuery("暖气", Published, Take: 1000));

        hits.TotalCount.ShouldBeGreaterThan(20);
    }

    [Fact]
    public void Should_Keep_Documents_With_A_Rare_Bigram_And_Drop_Those_With_Only_Common_Ones()
    {
        using var index = new LuceneKnowledgeIndex(new Lucene.Net.Store.RAMDirectory());
        var template = SeededCorpus.Documents()[0] with { Keywords = [], StandardAnswer = "", CategoryPath = [] };
        var common = Enumerable.Range(0, 20).Select(i => template with { Id = Guid.NewGuid(), Code = $"C{i}", Title = "暖气片报修", BodyText = "暖气片" }).ToList();
        var rare = template with { Id = Guid.NewGuid(), Code = "R", Title = "暖气片漏水", BodyText = "漏水处理" };
        index.Rebuild([.. common, rare]);
        index.CommonFraction = 0.5; // "暖气", "气片" (in all 21) are common, "片漏" (1) is rare

        // Two of its three bigrams are enough for the match count; without the gate the 20 would come too.
        var result = index.Search(new KnowledgeIndexQuery("暖气片漏", Published, Take: 50));

        result.Hits.Select(h => h.Id).ShouldBe([rare.Id]);
    }
}
