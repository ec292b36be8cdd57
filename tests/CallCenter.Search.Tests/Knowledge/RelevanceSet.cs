using CallCenter.Knowledge.Indexing;

namespace CallCenter.Knowledge;

/// <summary>
/// A relevance set (a TSV of query → expected article codes, any of which counts) measured on the seeded corpus:
/// MRR@10 and hit@3, over all queries and over each split (every third query is held out from tuning).
/// </summary>
public sealed class RelevanceSet
{
    private static readonly ArticleStatus[] Published = [ArticleStatus.Published];

    public sealed record Query(string Text, IReadOnlySet<string> Expected, bool HeldOut);

    public sealed record Figures(int Count, double Mrr, double HitAt3)
    {
        public override string ToString() => $"{Count} queries, MRR@10 = {Mrr:F3}, hit@3 = {HitAt3:F3}";
    }

    public sealed record Result(Figures All, Figures Tuned, Figures HeldOut, IReadOnlyList<string> Misses);

    public IReadOnlyList<Query> Queries { get; }

    private RelevanceSet(IReadOnlyList<Query> queries) => Queries = queries;

    public static RelevanceSet Load(string fileName) =>
        new(File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Relevance", fileName))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Select((p, i) => new Query(p[0], p[1].Split(',').ToHashSet(), i % 3 == 2))
            .ToList());

    public Result Measure(LuceneKnowledgeIndex index)
    {
        var ranks = new List<(Query Query, int Rank)>();
        var misses = new List<string>();
        foreach (var query in Queries)
        {
            var hits = index.Search(new KnowledgeIndexQuery(query.Text, Published, Take: 10)).Hits;
            var codes = hits.Select(h => SeededCorpus.CodesById[h.Id]).ToList();
            var rank = codes.FindIndex(query.Expected.Contains) + 1;
            ranks.Add((query, rank));
            if (rank != 1)
                misses.Add($"{(query.HeldOut ? "held-out" : "tuned")}: {query.Text} → rank {rank} (want {string.Join(",", query.Expected)}); top: {string.Join(" ", codes.Take(3))}");
        }
        return new Result(Of(ranks), Of(ranks.Where(r => !r.Query.HeldOut)), Of(ranks.Where(r => r.Query.HeldOut)), misses);
    }

    private static Figures Of(IEnumerable<(Query Query, int Rank)> ranks)
    {
        var list = ranks.ToList();
        if (list.Count == 0) return new Figures(0, 0, 0);
        return new Figures(list.Count,
            list.Sum(r => r.Rank > 0 ? 1.0 / r.Rank : 0) / list.Count,
            (double)list.Count(r => r.Rank is > 0 and <= 3) / list.Count);
    }
}
