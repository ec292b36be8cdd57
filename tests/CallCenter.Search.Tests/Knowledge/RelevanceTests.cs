using CallCenter.Knowledge.Indexing;
using Xunit.Abstractions;

namespace CallCenter.Knowledge;

/// <summary>
/// The relevance set (Relevance/relevance-set.tsv): what callers actually say — colloquial sentences, one-character
/// typos, mixed Chinese and ASCII, synonyms — with the articles an agent should get. Measured on the seeded corpus.
/// </summary>
public sealed class RelevanceTests(ITestOutputHelper output)
{
    private static readonly ArticleStatus[] Published = [ArticleStatus.Published];

    [Fact]
    public void Should_Rank_The_Expected_Article_First_For_Most_Queries()
    {
        using var index = SeededCorpus.NewIndex();
        var set = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Relevance", "relevance-set.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Select(p => (Query: p[0], Expected: p[1].Split(',').ToHashSet()))
            .ToList();
        var reciprocal = 0.0;
        var hitsAt3 = 0;
        var misses = new List<string>();
        foreach (var (query, expected) in set)
        {
            var hits = index.Search(new KnowledgeIndexQuery(query, Published, Take: 10)).Hits;
            var codes = hits.Select(h => SeededCorpus.CodesById[h.Id]).ToList();
            var rank = codes.FindIndex(expected.Contains) + 1;
            if (rank > 0) reciprocal += 1.0 / rank;
            if (rank is > 0 and <= 3) hitsAt3++;
            if (rank != 1) misses.Add($"{query} → rank {rank}; top: {string.Join(" ", codes.Take(3))}");
        }
        var mrr = reciprocal / set.Count;
        var hitRate = (double)hitsAt3 / set.Count;
        output.WriteLine($"Relevance set: {set.Count} queries, MRR@10 = {mrr:F3}, hit@3 = {hitRate:F3}");
        foreach (var miss in misses) output.WriteLine("  " + miss);
        Console.WriteLine($"Knowledge relevance: {set.Count} queries, MRR@10 = {mrr:F3}, hit@3 = {hitRate:F3}");

        set.Count.ShouldBeGreaterThanOrEqualTo(60);
        mrr.ShouldBeGreaterThanOrEqualTo(0.8, string.Join("\n", misses));
        hitRate.ShouldBeGreaterThanOrEqualTo(0.9, string.Join("\n", misses));
    }
}
