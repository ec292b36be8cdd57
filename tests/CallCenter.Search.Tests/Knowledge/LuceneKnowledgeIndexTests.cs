using CallCenter.Knowledge.Indexing;

namespace CallCenter.Knowledge;

public sealed class LuceneKnowledgeIndexTests : IDisposable
{
    private static readonly ArticleStatus[] Published = [ArticleStatus.Published];
    private readonly string _path = Path.Combine(Path.GetTempPath(), "cc-knowledge-unit-" + Guid.NewGuid().ToString("N")[..8]);

    [Fact]
    public void Should_Find_The_Same_Articles_After_A_Restart_Without_Rebuilding()
    {
        KnowledgeIndexState before;
        List<Guid> hitsBefore;
        using (var index = SeededCorpus.NewIndex(Lucene.Net.Store.FSDirectory.Open(_path)))
        {
            before = index.GetState();
            hitsBefore = index.Search(new KnowledgeIndexQuery("暖气片排气", Published)).Hits.Select(h => h.Id).ToList();
        }

        using var reopened = new LuceneKnowledgeIndex(_path);
        reopened.SetSynonyms(Seeding.Knowledge.KnowledgeSeedCategories.Synonyms);

        reopened.GetState().ShouldBe(before);
        before.SchemaCurrent.ShouldBeTrue();
        reopened.Search(new KnowledgeIndexQuery("暖气片排气", Published)).Hits.Select(h => h.Id).ShouldBe(hitsBefore);
    }

    [Fact]
    public void Should_Report_A_Deleted_Index_As_Empty_So_The_Host_Rebuilds_It()
    {
        using (var index = SeededCorpus.NewIndex(Lucene.Net.Store.FSDirectory.Open(_path)))
            index.GetState().DocumentCount.ShouldBe(Seeding.Knowledge.KnowledgeCorpus.All.Count);
        Directory.Delete(_path, recursive: true);

        using var fresh = new LuceneKnowledgeIndex(_path);

        fresh.GetState().DocumentCount.ShouldBe(0);
        fresh.GetState().NewestModifiedAt.ShouldBeNull();
    }

    [Fact]
    public void Should_Return_Only_The_Requested_Statuses_And_Nothing_For_An_Empty_Status_List()
    {
        using var index = SeededCorpus.NewIndex();

        var agent = index.Search(new KnowledgeIndexQuery("停热通知 征求意见稿", Published, Take: 50)).Hits;
        var nothing = index.Search(new KnowledgeIndexQuery("暖气不热", [], Take: 50));
        var archived = index.Search(new KnowledgeIndexQuery("阳光小区停热通知", [ArticleStatus.Archived])).Hits;

        agent.Select(h => SeededCorpus.CodesById[h.Id]).ShouldAllBe(c => !c.StartsWith("KB-6") && !c.StartsWith("KB-99"));
        nothing.TotalCount.ShouldBe(0);
        SeededCorpus.CodesById[archived[0].Id].ShouldStartWith("KB-6");
    }

    [Fact]
    public void Should_See_An_Upsert_And_A_Delete_In_The_Next_Search()
    {
        using var index = SeededCorpus.NewIndex();
        var doc = SeededCorpus.Documents()[0] with { Id = Guid.NewGuid(), Code = "KB-TEST", Title = "鸿蒙温控面板离线处理" };

        index.Upsert(doc);
        var found = index.Search(new KnowledgeIndexQuery("鸿蒙温控面板", Published)).Hits;
        index.Delete(doc.Id);
        var gone = index.Search(new KnowledgeIndexQuery("鸿蒙温控面板", Published)).Hits;

        found[0].Id.ShouldBe(doc.Id);
        gone.ShouldNotContain(h => h.Id == doc.Id);
    }

    [Fact]
    public void Should_Find_An_Article_By_A_Synonym_Only_After_The_Table_Has_It()
    {
        using var index = SeededCorpus.NewIndex();
        index.SetSynonyms([]);
        var before = index.Search(new KnowledgeIndexQuery("radiator 排气", Published)).Hits;

        index.SetSynonyms([["radiator", "暖气片"]]);
        var after = index.Search(new KnowledgeIndexQuery("radiator 排气", Published)).Hits;

        after.Take(3).Select(h => SeededCorpus.CodesById[h.Id]).ShouldContain("KB-0011");
        after[0].Score.ShouldBeGreaterThan(before.Count == 0 ? 0 : before[0].Score);
    }

    [Fact]
    public void Should_Count_Hits_Per_Category_For_Facets()
    {
        using var index = SeededCorpus.NewIndex();
        var floor = SeededCorpus.Categories["quality.floor"].Id;

        var result = index.Search(new KnowledgeIndexQuery("地暖", Published, WithFacets: true));
        var onlyFloor = index.Search(new KnowledgeIndexQuery("地暖", Published, CategoryId: SeededCorpus.Categories["quality"].Id, Take: 50));

        result.CategoryCounts[floor].ShouldBeGreaterThanOrEqualTo(5);
        onlyFloor.Hits.ShouldNotBeEmpty();
        onlyFloor.TotalCount.ShouldBeLessThan(result.TotalCount);
    }

    [Fact]
    public void Should_Lift_An_Article_Callers_Found_Helpful_Over_An_Equal_One()
    {
        using var index = new LuceneKnowledgeIndex(new Lucene.Net.Store.RAMDirectory());
        var template = SeededCorpus.Documents()[0];
        var plain = template with { Id = Guid.NewGuid(), Code = "A", Title = "暖气片不热", Keywords = [], StandardAnswer = "排气", BodyText = "排气" };
        var liked = plain with { Id = Guid.NewGuid(), Code = "B", HelpfulCount = 30 };
        index.Rebuild([plain, liked]);

        var hits = index.Search(new KnowledgeIndexQuery("暖气片不热", Published)).Hits;

        hits.Select(h => h.Id).ShouldBe([liked.Id, plain.Id]);
    }

    public void Dispose()
    {
        if (Directory.Exists(_path)) Directory.Delete(_path, recursive: true);
    }
}
