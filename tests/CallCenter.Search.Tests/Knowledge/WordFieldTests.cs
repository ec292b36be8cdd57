using CallCenter.Knowledge.Indexing;

namespace CallCenter.Knowledge;

/// <summary>
/// The word field (SmartCn words of title, keywords, answer and question phrasings) and the question phrasings
/// themselves: a word is judged by the articles that are about it, not by a body's boilerplate.
/// </summary>
public sealed class WordFieldTests
{
    private static readonly ArticleStatus[] Published = [ArticleStatus.Published];

    [Fact]
    public void Should_Keep_Dictionary_Words_And_Join_Single_Characters_The_Dictionary_Does_Not_Know()
    {
        var words = KnowledgeAnalyzers.Terms(KnowledgeAnalyzers.Words, "暖气片爆管了，排气阀漏水");

        words.ShouldContain("暖气片");
        words.ShouldContain("爆管"); // SmartCn: "爆" "管"
        words.ShouldNotContain("，");
        words.ShouldAllBe(w => w.Length >= 2);
    }

    [Fact]
    public void Should_Let_A_Word_Rare_Among_The_Articles_About_It_Open_The_Gate_Although_Boilerplate_Makes_Its_Bigram_Common()
    {
        using var index = new LuceneKnowledgeIndex(new Lucene.Net.Store.RAMDirectory());
        var template = SeededCorpus.Documents()[0] with { Keywords = [], StandardAnswer = "", Questions = [], CategoryPath = [] };
        // Every emergency article's tip names 爆管; only one article is about a burst pipe.
        var boilerplate = Enumerable.Range(0, 20).Select(i => template with
        {
            Id = Guid.NewGuid(), Code = $"E{i}", Title = $"紧急情况{i}号处理", BodyText = "注意事项：漏水、爆管属紧急情况，先关阀门。",
        }).ToList();
        var about = template with { Id = Guid.NewGuid(), Code = "B", Title = "家中爆管怎么办", BodyText = "关闭总阀。" };
        index.Rebuild([.. boilerplate, about]);
        index.CommonFraction = 0.5; // the bigram 爆管 (in all 21 bodies) is common; the word 爆管 (1 of 21) is not

        var result = index.Search(new KnowledgeIndexQuery("爆管", Published, Take: 50));

        // Without the word field a query of common bigrams only has no gate: all 21 would match.
        result.Hits.Select(h => h.Id).ShouldBe([about.Id]);
    }

    [Fact]
    public void Should_Find_An_Article_By_A_Question_Phrasing_That_Shares_No_Word_With_Its_Text()
    {
        using var index = new LuceneKnowledgeIndex(new Lucene.Net.Store.RAMDirectory());
        var template = SeededCorpus.Documents()[0] with { Keywords = [], CategoryPath = [] };
        var progress = template with
        {
            Id = Guid.NewGuid(), Code = "P", Title = "如何查询维修工单进度", StandardAnswer = "可在公众号我的工单中查看。", BodyText = "查询工单。",
            Questions = ["报修好几天了师傅还没上门"],
        };
        var other = template with { Id = Guid.NewGuid(), Code = "O", Title = "暖气片排气方法", StandardAnswer = "打开排气阀。", BodyText = "排气。", Questions = [] };
        index.Rebuild([progress, other]);

        var hits = index.Search(new KnowledgeIndexQuery("师傅怎么还没上门", Published, Take: 10)).Hits;

        hits.Select(h => h.Id).ShouldBe([progress.Id]);
    }

    [Fact]
    public void Should_Give_Every_Published_Hand_Written_Seed_Article_Three_To_Eight_Phrasings()
    {
        var handWritten = CallCenter.Seeding.Knowledge.KnowledgeCorpus.All
            .Where(a => a.Status == ArticleStatus.Published && a.Code.StartsWith("KB-0", StringComparison.Ordinal)).ToList();

        handWritten.Count.ShouldBeGreaterThan(60);
        handWritten.ShouldAllBe(a => a.Questions.Count >= 3 && a.Questions.Count <= 8);
    }
}
