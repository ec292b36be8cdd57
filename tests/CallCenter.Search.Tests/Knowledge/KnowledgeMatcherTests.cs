using CallCenter.Knowledge.Indexing;
using Lucene.Net.Search;

namespace CallCenter.Knowledge;

/// <summary>
/// The term-at-a-time matcher must find exactly what the same plan as a nested Lucene query finds, with the same
/// scores: over the relevance set's queries, normal and widened, with the common-bigram gate on and off, on an index
/// of two segments with a deleted document.
/// </summary>
public sealed class KnowledgeMatcherTests
{
    private static readonly ArticleStatus[] Published = [ArticleStatus.Published];

    public static TheoryData<double> Fractions() => [0.1, 0.02, 1.0];

    [Theory]
    [MemberData(nameof(Fractions))]
    public void Should_Match_And_Score_Like_The_Same_Plan_As_A_Lucene_Query(double commonFraction)
    {
        using var index = SeededCorpus.NewIndex();
        // A second segment and a deleted document, as after edits in a running host (near-real-time reader).
        index.Delete(index.Search(new KnowledgeIndexQuery("暖气不热", Published, Take: 1)).Hits[0].Id);
        var extra = SeededCorpus.Documents()[1];
        index.Upsert(extra with { Id = Guid.NewGuid(), Code = "KB-EXTRA" });
        index.WithSearcher((searcher, _, _) => searcher.IndexReader.Leaves.Count, new KnowledgeIndexQuery("", Published)).ShouldBeGreaterThan(1);
        var queries = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Relevance", "relevance-set.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t')[0]).Append("KB-0012").ToList();
        var compared = 0;
        var gated = 0;
        foreach (var text in queries)
        {
            foreach (var wide in new[] { false, true })
            {
                var query = new KnowledgeIndexQuery(text, Published, Take: 1000);
                index.WithSearcher((searcher, synonyms, filter) =>
                {
                    if (KnowledgeQueryBuilder.Build(text, synonyms, searcher.IndexReader, commonFraction, wide) is not { } built) return 0;
                    if (built.Plan.Gated) gated++;
                    var ours = new KnowledgeTopHits(1000, countCategories: false);
                    KnowledgeMatcher.Run(searcher, built.Plan, filter, ours);
                    var lucene = searcher.Search(built.Plan.ToLuceneQuery(), filter, 1000);

                    ours.TotalHits.ShouldBe(lucene.TotalHits, $"{text} (wide: {wide})");
                    // Feedback is neutral in the seeded corpus, so the scores compare as they are.
                    var expected = lucene.ScoreDocs.ToDictionary(d => d.Doc, d => d.Score);
                    foreach (var hit in ours.Hits())
                    {
                        expected.ShouldContainKey(hit.Doc, $"{text} (wide: {wide})");
                        hit.Score.ShouldBe(expected[hit.Doc], Math.Max(1e-4, expected[hit.Doc] * 1e-5), $"{text} (wide: {wide})");
                    }
                    compared++;
                    return 0;
                }, query);
            }
        }
        compared.ShouldBeGreaterThan(100);
        if (commonFraction < 0.5) gated.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Should_Not_Let_A_Draft_Or_A_Deleted_Article_Through()
    {
        using var index = SeededCorpus.NewIndex();
        var first = index.Search(new KnowledgeIndexQuery("暖气不热", Published, Take: 1)).Hits[0];

        index.Delete(first.Id);
        var after = index.Search(new KnowledgeIndexQuery("暖气不热", Published, Take: 1000, WithFacets: true));

        after.Hits.ShouldNotContain(h => h.Id == first.Id);
        after.CategoryCounts.Values.Sum().ShouldBe(after.TotalCount);
        var unpublished = CallCenter.Seeding.Knowledge.KnowledgeCorpus.All.Where(s => s.Status != ArticleStatus.Published).Select(s => s.Code).ToHashSet();
        unpublished.ShouldNotBeEmpty();
        var everything = index.Search(new KnowledgeIndexQuery("暖气", Published, Take: 1000)).Hits;
        everything.ShouldNotBeEmpty();
        everything.ShouldNotContain(h => unpublished.Contains(SeededCorpus.CodesById[h.Id]));
    }
}
