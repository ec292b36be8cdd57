using System.Diagnostics;
using System.Globalization;
using System.Text;
using CallCenter.Benchmarks.Knowledge.Legacy;
using CallCenter.Benchmarks.Workflows;
using CallCenter.Knowledge;
using CallCenter.Knowledge.Indexing;
using CallCenter.Seeding.Knowledge;
using CallCenter.Testing;
using Npgsql;
using NpgsqlTypes;

namespace CallCenter.Benchmarks.Knowledge;

/// <summary>
/// The knowledge index against what one would write without it — ILIKE '%…%' over the same rows in PostgreSQL —
/// on the same generated articles and the same queries (the relevance set's, cycled), in one run. Records indexing
/// rate and query latency percentiles in the "## Knowledge search" section of docs/benchmarks.md.
/// Needs CALLCENTER_TEST_DB (the baseline gets a throw-away database there).
/// </summary>
public sealed class KnowledgeSearchBenchmark : IBenchmarkCommand
{
    public string Name => "knowledge-search";
    public string Description => "[--articles 100000] [--queries 2000] [--baseline-queries 300] [--no-previous]";

    /// <summary>The relevance set of the search tests: each query with the codes of the articles it should find.</summary>
    public static List<(string Query, HashSet<string> Expected)> RelevanceSet() =>
        File.ReadAllLines(Path.Combine(WorkflowBenchmarkReport.RepositoryRoot(), "tests", "CallCenter.Search.Tests", "Relevance", "relevance-set.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Select(p => (p[0], p[1].Split(',').ToHashSet()))
            .ToList();

    public async Task<int> RunAsync(string[] args)
    {
        var articles = Int(args, "--articles", 100_000);
        var queryCount = Int(args, "--queries", 2000);
        var baselineCount = Int(args, "--baseline-queries", 300);
        var comparePrevious = !args.Contains("--no-previous");
        var documents = KnowledgeCorpusGenerator.Generate(articles).ToList();
        var queries = RelevanceSet().Select(q => q.Query).ToArray();
        Console.WriteLine($"{documents.Count} articles, {queries.Length} distinct queries");

        var path = Path.Combine(Path.GetTempPath(), "cc-knowledge-bench-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            using var index = new LuceneKnowledgeIndex(path);
            index.SetSynonyms(KnowledgeSeedCategories.Synonyms);
            var clock = Stopwatch.StartNew();
            index.Rebuild(documents);
            var indexSeconds = clock.Elapsed.TotalSeconds;
            var indexBytes = new DirectoryInfo(path).EnumerateFiles().Sum(f => f.Length);
            Console.WriteLine($"indexed in {indexSeconds:F1} s ({documents.Count / indexSeconds:F0} articles/s), {indexBytes / 1048576.0:F0} MiB");

            var published = new[] { ArticleStatus.Published };
            for (var i = 0; i < 200; i++) index.Search(new KnowledgeIndexQuery(queries[i % queries.Length], published, WithFacets: true)); // warm-up
            for (var i = 0; i < (comparePrevious ? 200 : 0); i++) LegacyKnowledgeSearch.Search(index, new KnowledgeIndexQuery(queries[i % queries.Length], published, WithFacets: true));
            // Current and previous query path alternate query by query, so both meet the same machine load.
            var current = new double[queryCount];
            var currentCpu = new double[queryCount];
            var previous = new double[comparePrevious ? queryCount : 0];
            var previousCpu = new double[previous.Length];
            for (var i = 0; i < queryCount; i++)
            {
                var query = new KnowledgeIndexQuery(queries[i % queries.Length], published, WithFacets: true);
                (current[i], currentCpu[i]) = Time(() => index.Search(query));
                if (comparePrevious) (previous[i], previousCpu[i]) = Time(() => LegacyKnowledgeSearch.Search(index, query));
            }
            var lucene = new Latencies(current);
            var legacy = comparePrevious ? new Latencies(previous) : null;
            (Latencies? Current, Latencies? Previous) cpu = ThreadCpuClock.Available
                ? (new Latencies(currentCpu), comparePrevious ? new Latencies(previousCpu) : null)
                : (null, null);
            Console.WriteLine("lucene   " + lucene.Describe() + (cpu.Current is null ? "" : "; cpu " + cpu.Current.Describe()));
            if (legacy is not null) Console.WriteLine("previous " + legacy.Describe() + (cpu.Previous is null ? "" : "; cpu " + cpu.Previous.Describe()));

            await using var database = new TestDatabase();
            await database.InitializeAsync();
            var loadSeconds = await LoadBaselineAsync(database.ConnectionString, documents);
            await using var connection = new NpgsqlConnection(database.ConnectionString);
            await connection.OpenAsync();
            for (var i = 0; i < 10; i++) await IlikeAsync(connection, queries[i]);
            var baseline = await MeasureAsync(baselineCount, i => IlikeAsync(connection, queries[i % queries.Length]));
            Console.WriteLine("ilike    " + baseline.Describe());
            await database.DisposeAsync();

            Record(articles, queries.Length, queryCount, baselineCount, indexSeconds, indexBytes, loadSeconds, lucene, legacy, cpu, baseline);
            return 0;
        }
        finally
        {
            if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
        }
    }

    private static async Task<double> LoadBaselineAsync(string connectionString, List<KnowledgeIndexDocument> documents)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var create = new NpgsqlCommand(
            "CREATE TABLE kb (id uuid PRIMARY KEY, title text, keywords text, answer text, body text, status text)", connection))
            await create.ExecuteNonQueryAsync();
        var clock = Stopwatch.StartNew();
        await using (var import = await connection.BeginBinaryImportAsync("COPY kb (id, title, keywords, answer, body, status) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var d in documents)
            {
                await import.StartRowAsync();
                await import.WriteAsync(d.Id, NpgsqlDbType.Uuid);
                await import.WriteAsync(d.Title, NpgsqlDbType.Text);
                await import.WriteAsync(string.Join(" ", d.Keywords), NpgsqlDbType.Text);
                await import.WriteAsync(d.StandardAnswer, NpgsqlDbType.Text);
                await import.WriteAsync(d.BodyText, NpgsqlDbType.Text);
                await import.WriteAsync(d.Status.ToString(), NpgsqlDbType.Text);
            }
            await import.CompleteAsync();
        }
        await using (var analyze = new NpgsqlCommand("ANALYZE kb", connection)) await analyze.ExecuteNonQueryAsync();
        return clock.Elapsed.TotalSeconds;
    }

    /// <summary>The naive search: every word of the query somewhere in one of the text fields, newest first.</summary>
    private static async Task IlikeAsync(NpgsqlConnection connection, string query)
    {
        var words = query.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var sql = new StringBuilder("SELECT id FROM kb WHERE status = 'Published'");
        await using var command = new NpgsqlCommand { Connection = connection };
        for (var i = 0; i < words.Length; i++)
        {
            sql.Append(CultureInfo.InvariantCulture, $" AND (title ILIKE @p{i} OR keywords ILIKE @p{i} OR answer ILIKE @p{i} OR body ILIKE @p{i})");
            command.Parameters.AddWithValue($"p{i}", "%" + words[i] + "%");
        }
        command.CommandText = sql.Append(" ORDER BY id DESC LIMIT 10").ToString();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) { }
    }

    /// <summary>Wall-clock and thread-CPU milliseconds of one run.</summary>
    private static (double Wall, double Cpu) Time(Action run)
    {
        var cpu = ThreadCpuClock.NowMs();
        var start = Stopwatch.GetTimestamp();
        run();
        return (Stopwatch.GetElapsedTime(start).TotalMilliseconds, ThreadCpuClock.NowMs() - cpu);
    }

    private static async Task<Latencies> MeasureAsync(int count, Func<int, Task> run)
    {
        var samples = new double[count];
        for (var i = 0; i < count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await run(i);
            samples[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
        return new Latencies(samples);
    }

    private static void Record(int articles, int distinct, int queryCount, int baselineCount, double indexSeconds, long indexBytes,
        double loadSeconds, Latencies lucene, Latencies? previous, (Latencies? Current, Latencies? Previous) cpu, Latencies baseline)
    {
        var f = CultureInfo.InvariantCulture;
        var verdict = lucene.P(99) <= 20 && baseline.P(99) / lucene.P(99) >= 20 ? "met." : "**not met** in this run.";
        var body = new StringBuilder()
            .AppendLine(f, $"{articles:N0} generated articles (the seeded ones re-written per community, 90 % published), {distinct} distinct queries from the")
            .AppendLine("relevance set, run one after another on one thread, in one run. Lucene: CJK bigrams, field boosts, BM25, synonyms,")
            .AppendLine("common-bigram gate, feedback boost, status filter, category facets over all matches and highlighted snippets (what the")
            .AppendLine("API asks for); matching and scoring term at a time in 2,048-document windows (`KnowledgeMatcher`). \"Previous query")
            .AppendLine("path\" is the code before that (commit d0312fe): the same plan as nested Lucene queries run by Lucene's scorers and a")
            .AppendLine("one-pass collector, on the same index, alternating with the current path query by query so both meet the same load.")
            .AppendLine("Baseline: `ILIKE '%word%'` on title, keywords, answer and body of the same rows in PostgreSQL 15 (published only, newest 10).")
            .AppendLine()
            .AppendLine(f, $"Command: `dotnet run -c Release --project tests/CallCenter.Benchmarks -- knowledge-search --articles {articles} --queries {queryCount} --baseline-queries {baselineCount}`")
            .AppendLine(f, $"Date: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC. Machine: {WorkflowBenchmarkReport.Machine()}.")
            .AppendLine()
            .AppendLine("| | queries | p50 ms | p90 ms | p99 ms | max ms |")
            .AppendLine("|---|---:|---:|---:|---:|---:|")
            .AppendLine(f, $"| Lucene index | {lucene.Count} | {lucene.P(50):F2} | {lucene.P(90):F2} | {lucene.P(99):F2} | {lucene.Max:F1} |");
        if (previous is not null)
            body.AppendLine(f, $"| Lucene, previous query path | {previous.Count} | {previous.P(50):F2} | {previous.P(90):F2} | {previous.P(99):F2} | {previous.Max:F1} |");
        if (cpu.Current is { } c)
            body.AppendLine(f, $"| Lucene index, thread CPU time | {c.Count} | {c.P(50):F2} | {c.P(90):F2} | {c.P(99):F2} | {c.Max:F1} |");
        if (cpu.Previous is { } p)
            body.AppendLine(f, $"| Lucene, previous query path, thread CPU time | {p.Count} | {p.P(50):F2} | {p.P(90):F2} | {p.P(99):F2} | {p.Max:F1} |");
        body.AppendLine(f, $"| PostgreSQL ILIKE | {baseline.Count} | {baseline.P(50):F2} | {baseline.P(90):F2} | {baseline.P(99):F2} | {baseline.Max:F1} |")
            .AppendLine()
            .AppendLine(f, $"Indexing: {articles / indexSeconds:N0} articles/s ({indexSeconds:F1} s, one commit after merging to one segment; index {indexBytes / 1048576.0:F0} MiB). " +
                           $"Baseline load (COPY): {loadSeconds:F1} s.");
        if (previous is not null)
        {
            var cpuRatio = cpu.Current is { } cc && cpu.Previous is { } pc
                ? string.Create(f, $" (thread CPU: p50 {pc.P(50) / cc.P(50):F1}×, p99 {pc.P(99) / cc.P(99):F1}×)")
                : "";
            body.AppendLine(f, $"Current vs previous query path: p50 {previous.P(50) / lucene.P(50):F1}× faster, p99 {previous.P(99) / lucene.P(99):F1}× faster{cpuRatio}.");
        }
        body.AppendLine(f, $"Speed-up over ILIKE: p50 {baseline.P(50) / lucene.P(50):F0}×, p99 {baseline.P(99) / lucene.P(99):F0}×. Target: p99 ≤ 20 ms and ≥ 20× faster — {verdict}");
        var path = Path.Combine(WorkflowBenchmarkReport.RepositoryRoot(), "docs", "benchmarks.md");
        const string heading = "## Knowledge search";
        var text = File.ReadAllText(path);
        var section = heading + "\n\n" + body.ToString().TrimEnd() + "\n";
        var start = text.IndexOf(heading + "\n", StringComparison.Ordinal);
        if (start < 0) text = text.TrimEnd() + "\n\n" + section;
        else
        {
            var next = text.IndexOf("\n## ", start + heading.Length, StringComparison.Ordinal);
            text = text[..start] + section + (next < 0 ? "" : "\n" + text[(next + 1)..]);
        }
        File.WriteAllText(path, text.TrimEnd() + "\n", new UTF8Encoding(false));
        Console.WriteLine($"recorded in {path}");
    }

    private static int Int(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private sealed class Latencies(double[] samples)
    {
        private readonly double[] _sorted = samples.Order().ToArray();
        public int Count => _sorted.Length;
        public double Max => _sorted[^1];
        public double P(double percentile) => _sorted[Math.Clamp((int)Math.Ceiling(percentile / 100 * _sorted.Length) - 1, 0, _sorted.Length - 1)];
        public string Describe() => string.Create(CultureInfo.InvariantCulture, $"n={Count} p50={P(50):F2} ms p90={P(90):F2} ms p99={P(99):F2} ms max={Max:F1} ms");
    }
}
