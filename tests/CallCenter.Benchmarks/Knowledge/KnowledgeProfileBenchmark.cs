using System.Diagnostics;
using System.Globalization;
using CallCenter.Benchmarks.Knowledge.Legacy;
using CallCenter.Benchmarks.Workflows;
using CallCenter.Knowledge;
using CallCenter.Knowledge.Indexing;
using CallCenter.Seeding.Knowledge;
using Lucene.Net.Index;

namespace CallCenter.Benchmarks.Knowledge;

/// <summary>
/// Where a knowledge search spends its time, for tuning (prints, records nothing): the previous query path and the
/// current one at several common-bigram thresholds, interleaved query by query so machine load hits them alike;
/// per stage (build, collect, fetch, highlight), per query, and the relevance set's MRR@10 / hit@3 on the large
/// corpus (a generated article counts as the seeded article it was grown from). Keeps the index at --index to
/// skip re-indexing on the next run.
/// </summary>
public sealed class KnowledgeProfileBenchmark : IBenchmarkCommand
{
    public string Name => "knowledge-profile";
    public string Description => "[--articles 100000] [--rounds 3] [--fractions 0.02,0.05,0.1] [--index PATH]";

    public Task<int> RunAsync(string[] args)
    {
        var f = CultureInfo.InvariantCulture;
        var articles = Arg(args, "--articles", "100000", int.Parse);
        var rounds = Arg(args, "--rounds", "3", int.Parse);
        var fractions = Arg(args, "--fractions", "0.02,0.05,0.1", s => s.Split(',').Select(x => double.Parse(x, f)).ToArray());
        var path = Arg(args, "--index", Path.Combine(Path.GetTempPath(), $"cc-knowledge-profile-{articles}"), s => s);
        var set = KnowledgeSearchBenchmark.RelevanceSet();

        using var index = new LuceneKnowledgeIndex(path);
        index.SetSynonyms(KnowledgeSeedCategories.Synonyms);
        if (index.GetState() is not { DocumentCount: > 0, SchemaCurrent: true } state || state.DocumentCount != articles)
        {
            var clock = Stopwatch.StartNew();
            index.Rebuild(KnowledgeCorpusGenerator.Generate(articles));
            Console.WriteLine($"indexed {articles} in {clock.Elapsed.TotalSeconds:F1} s");
        }
        var seedCodes = SeedCodesById(index);
        var published = new[] { ArticleStatus.Published };

        var modes = new List<(string Name, Func<KnowledgeIndexQuery, KnowledgeIndexResult> Run, double Fraction)>
        {
            ("previous path", q => LegacyKnowledgeSearch.Search(index, q), KnowledgeQueryBuilder.DefaultCommonFraction),
        };
        foreach (var fraction in fractions) modes.Add(($"current, common > {fraction:P0}", index.Search, fraction));
        var samples = modes.Select(_ => new double[set.Count, rounds]).ToArray();
        var cpu = modes.Select(_ => new double[set.Count, rounds]).ToArray();
        var timings = modes.Select(_ => new KnowledgeSearchTimings()).ToArray();
        var relevance = modes.Select(_ => (Reciprocal: 0.0, At3: 0)).ToArray();

        foreach (var (query, _) in set) foreach (var mode in modes) { index.CommonFraction = double.IsNaN(mode.Fraction) ? 0 : mode.Fraction; mode.Run(new(query, published, WithFacets: true)); }
        for (var round = 0; round < rounds; round++)
        {
            for (var q = 0; q < set.Count; q++)
            {
                for (var m = 0; m < modes.Count; m++)
                {
                    index.CommonFraction = double.IsNaN(modes[m].Fraction) ? 0 : modes[m].Fraction;
                    index.Timings = timings[m];
                    var cpuStart = ThreadCpuClock.NowMs();
                    var start = Stopwatch.GetTimestamp();
                    var result = modes[m].Run(new KnowledgeIndexQuery(set[q].Query, published, WithFacets: true));
                    samples[m][q, round] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                    cpu[m][q, round] = ThreadCpuClock.NowMs() - cpuStart;
                    index.Timings = null;
                    if (round > 0) continue;
                    var rank = result.Hits.Select(h => seedCodes[h.Id]).ToList().FindIndex(set[q].Expected.Contains) + 1;
                    if (rank > 0) relevance[m].Reciprocal += 1.0 / rank;
                    if (rank is > 0 and <= 3) relevance[m].At3++;
                }
            }
        }

        Console.WriteLine($"{articles} articles, {set.Count} queries × {rounds} rounds; machine: {WorkflowBenchmarkReport.Machine()}");
        for (var m = 0; m < modes.Count; m++)
        {
            var all = samples[m].Cast<double>().Order().ToArray();
            var cpuAll = cpu[m].Cast<double>().Order().ToArray();
            var t = timings[m];
            var stages = t.Searches == 0 ? "" : string.Create(f,
                $" | per search: build {Ms(t.Build, t.Searches):F2} collect {Ms(t.Collect, t.Searches):F2} fetch {Ms(t.Fetch, t.Searches):F2} highlight {Ms(t.Highlight, t.Searches):F2} ms");
            Console.WriteLine(string.Create(f,
                $"{modes[m].Name,-24} p50 {P(all, 50):F2} p90 {P(all, 90):F2} p99 {P(all, 99):F2} mean {all.Average():F2} ms (cpu p50 {P(cpuAll, 50):F2} p99 {P(cpuAll, 99):F2}); MRR@10 {relevance[m].Reciprocal / set.Count:F3} hit@3 {(double)relevance[m].At3 / set.Count:F3}{stages}"));
        }
        Console.WriteLine("slowest queries (median thread CPU ms of the rounds, per mode) and their bigrams' share of documents:");
        var reader = index.WithSearcher((s, _, _) => s.IndexReader, new KnowledgeIndexQuery("", published));
        // Ranked by thread CPU time: on a shared machine the wall clock mostly measures the wait for a core.
        var medians = set.Select((_, q) => modes.Select((_, m) => Enumerable.Range(0, rounds).Select(r => cpu[m][q, r]).Order().ElementAt(rounds / 2)).ToArray()).ToArray();
        foreach (var q in Enumerable.Range(0, set.Count).OrderByDescending(q => medians[q].Max()).Take(15))
        {
            var terms = KnowledgeAnalyzers.Terms(KnowledgeAnalyzers.Bigrams, QueryNormalizer.Normalize(set[q].Query)).Distinct()
                .Select(t => string.Create(f, $"{t}:{Share(reader, t):P0}"));
            Console.WriteLine($"  {set[q].Query,-20} {string.Join(" / ", medians[q].Select(x => x.ToString("F1", f)))}   {string.Join(" ", terms)}");
        }
        return Task.FromResult(0);
    }

    private static double Share(IndexReader reader, string term) =>
        new[] { "title", "keywords", "answer", "body" }.Max(field => reader.DocFreq(new Term(field, term))) / (double)reader.MaxDoc;

    /// <summary>Each generated article's id → the code of the seeded article it was grown from (GEN-i ← seed i mod count).</summary>
    private static Dictionary<Guid, string> SeedCodesById(LuceneKnowledgeIndex index) => index.WithSearcher((searcher, _, _) =>
    {
        var codes = new Dictionary<Guid, string>();
        var fields = new HashSet<string> { "id", "code" };
        for (var doc = 0; doc < searcher.IndexReader.MaxDoc; doc++)
        {
            var stored = searcher.Doc(doc, fields);
            var number = int.Parse(stored.Get("code")["GEN-".Length..], CultureInfo.InvariantCulture);
            codes[Guid.ParseExact(stored.Get("id"), "N")] = KnowledgeCorpus.All[number % KnowledgeCorpus.All.Count].Code;
        }
        return codes;
    }, new KnowledgeIndexQuery("", [ArticleStatus.Published]));

    private static double Ms(long ticks, int count) => KnowledgeSearchTimings.Milliseconds(ticks) / count;

    private static double P(double[] sorted, double percentile) =>
        sorted[Math.Clamp((int)Math.Ceiling(percentile / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];

    private static T Arg<T>(string[] args, string name, string fallback, Func<string, T> parse)
    {
        var at = Array.IndexOf(args, name);
        return parse(at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback);
    }
}
