using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using CallCenter.Testing;
using CallCenter.Workflows;
using CallCenter.Workflows.Execution;
using CallCenter.Workflows.Management;
using CallCenter.Workflows.Runtime;
using CallCenter.Workflows.Stores;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CallCenter.Benchmarks.Workflows;

/// <summary>
/// Target (b): durable start → suspend on a bookmark → resume (event through the inbox) → complete, cycles per
/// second on PostgreSQL (issue 3; target ≥ 1,000/s on 2 cores). A fresh database on the CALLCENTER_TEST_DB
/// cluster; N concurrent callers for a fixed time after a warm-up; every cycle is checked to have finished.
/// </summary>
public sealed class WorkflowDurableBenchmarkCommand : IBenchmarkCommand
{
    public string Name => "workflow-durable";
    public string Description => "durable start/suspend/resume/complete cycles/s on PostgreSQL [--seconds 20] [--concurrency 16] [--warm-up 5] [--in-memory] [--leased] [--no-record] [--label name]";

    public async Task<int> RunAsync(string[] args)
    {
        var seconds = int.Parse(Arg(args, "--seconds") ?? "20", CultureInfo.InvariantCulture);
        var concurrency = int.Parse(Arg(args, "--concurrency") ?? "16", CultureInfo.InvariantCulture);
        if (args.Contains("--in-memory")) return await InMemoryAsync(seconds, concurrency);
        await using var database = new TestDatabase();
        await database.InitializeAsync();
        try
        {
            var connectionString = new NpgsqlConnectionStringBuilder(database.ConnectionString) { MaxPoolSize = concurrency * 2 + 10 }.ConnectionString;
            await WorkflowsDbContext.MigrateAsync(connectionString);
            // --leased: every resume leases and stores its event first, as before optimistic resumes (ADR 0200 D11) — the
            // same binary both ways, so the two can be interleaved on a noisy machine.
            var optimistic = !args.Contains("--leased");
            await using var services = new ServiceCollection().AddLogging().AddCallCenterWorkflowPostgresStores(connectionString)
                .AddCallCenterWorkflowEngine(o => o.OptimisticResume = optimistic).BuildServiceProvider();
            var definitions = services.GetRequiredService<WorkflowDefinitionService>();
            var saved = await definitions.SaveDraftAsync(BenchmarkWorkflows.SuspendResume());
            await definitions.PublishAsync(saved.DefinitionId, saved.Version);
            var runtime = services.GetRequiredService<WorkflowRuntime>();

            // The JIT is still recompiling hot paths (tier-1 with PGO) well past 5 s; a long-running node is past that.
            var warmUp = int.Parse(Arg(args, "--warm-up") ?? "5", CultureInfo.InvariantCulture);
            Console.WriteLine($"warm-up {warmUp} s …");
            await MeasureAsync(runtime, concurrency, TimeSpan.FromSeconds(warmUp));
            Console.WriteLine($"measuring {seconds} s with {concurrency} concurrent callers …");
            var before = await CountersAsync(connectionString);
            var (cycles, failures, elapsed, latencies) = await MeasureAsync(runtime, concurrency, TimeSpan.FromSeconds(seconds));
            await Task.Delay(1100); // PostgreSQL flushes its statistics at most once a second
            var after = await CountersAsync(connectionString);
            var perSecond = cycles / elapsed.TotalSeconds;
            latencies.Sort();
            var p50 = latencies[latencies.Count / 2];
            var p99 = latencies[Math.Min(latencies.Count - 1, (int)(latencies.Count * 0.99))];
            var fsync = await ShowAsync(connectionString, "fsync");
            var syncCommit = await ShowAsync(connectionString, "synchronous_commit");
            var perCycle = PerCycle(before, after, cycles);
            Console.WriteLine($"{Arg(args, "--label") ?? "engine"} ({(optimistic ? "optimistic" : "leased")} resume): {perSecond:N0} cycles/s, {failures} failures, p50 {p50:0.0} ms, p99 {p99:0.0} ms " +
                              $"(fsync={fsync}, synchronous_commit={syncCommit}); per cycle: {perCycle}");
            if (!args.Contains("--no-record"))
                WorkflowBenchmarkReport.Write("(b) Durable cycles on PostgreSQL — latest single run", $"""
                    Command: `dotnet run -c Release --project tests/CallCenter.Benchmarks -- workflow-durable --seconds {seconds} --concurrency {concurrency} --warm-up {warmUp}{(optimistic ? "" : " --leased")}`
                    (with CALLCENTER_TEST_DB pointing at the private cluster) ·
                    Date: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC · Machine: {WorkflowBenchmarkReport.Machine()} ·
                    PostgreSQL 15 on the same machine, fsync={fsync}, synchronous_commit={syncCommit}

                    One cycle as in (b) above. {concurrency} concurrent callers for {seconds} s after a {warmUp} s warm-up.
                    Target: ≥ 1,000/s. For a before/after comparison use `compare-durable.sh` (see (b)).

                    | cycles/s | cycles | failures | p50 cycle | p99 cycle | per cycle |
                    |---|---|---|---|---|---|
                    | {perSecond.ToString("N0", CultureInfo.InvariantCulture)} | {cycles} | {failures} | {p50:0.0} ms | {p99:0.0} ms | {perCycle} |
                    """);
            return failures == 0 ? 0 : 1;
        }
        finally
        {
            await database.DisposeAsync();
        }
    }

    private static string PerCycle(Counters before, Counters after, int cycles)
    {
        double Per(double value) => value / Math.Max(cycles, 1);
        var statements = after.Statements is { } a && before.Statements is { } b ? $"{Per(a - b):0.0} statements, " : "";
        return $"{Per(after.Commits - before.Commits):0.00} commits, {statements}{Per(after.WalSyncs - before.WalSyncs):0.00} WAL syncs, " +
               $"{Per(after.WalRecords - before.WalRecords):0.0} WAL records, {Per(after.WalBytes - before.WalBytes) / 1024:0.0} KiB WAL, " +
               $"{Per((after.ClientCpu - before.ClientCpu).TotalMilliseconds):0.00} ms client CPU, " +
               $"{Per(BackendCpuMs(before, after)):0.00} ms PostgreSQL backend CPU";
    }

    /// <summary>The same cycle on the in-memory stores: what the engine itself costs, without the database.</summary>
    private static async Task<int> InMemoryAsync(int seconds, int concurrency)
    {
        await using var services = new ServiceCollection().AddLogging().AddCallCenterWorkflowEngine().BuildServiceProvider();
        var definitions = services.GetRequiredService<WorkflowDefinitionService>();
        var saved = await definitions.SaveDraftAsync(BenchmarkWorkflows.SuspendResume());
        await definitions.PublishAsync(saved.DefinitionId, saved.Version);
        var runtime = services.GetRequiredService<WorkflowRuntime>();
        await MeasureAsync(runtime, concurrency, TimeSpan.FromSeconds(2));
        var (cycles, failures, elapsed, _) = await MeasureAsync(runtime, concurrency, TimeSpan.FromSeconds(seconds));
        Console.WriteLine($"in-memory stores: {cycles / elapsed.TotalSeconds:N0} cycles/s, {failures} failures");
        return failures == 0 ? 0 : 1;
    }

    private static async Task<(int Cycles, int Failures, TimeSpan Elapsed, List<double> Latencies)> MeasureAsync(
        WorkflowRuntime runtime, int concurrency, TimeSpan duration)
    {
        var cycles = 0;
        var failures = 0;
        var latencies = new List<double>();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(worker => Task.Run(async () =>
        {
            var local = new List<double>();
            var n = 0;
            while (clock.Elapsed < duration)
            {
                var started = clock.Elapsed;
                var correlation = $"{worker}-{n++}-{Guid.NewGuid():N}";
                var outcome = await runtime.StartAsync("bench-suspend-resume", null, correlation);
                var resumed = await runtime.RaiseEventAsync("Go", correlation, new JsonObject { ["n"] = n });
                if (outcome.Status == WorkflowStatus.Suspended && resumed.ConsumedBy?.Status == WorkflowStatus.Finished)
                    Interlocked.Increment(ref cycles);
                else
                    Interlocked.Increment(ref failures);
                local.Add((clock.Elapsed - started).TotalMilliseconds);
            }
            lock (latencies) latencies.AddRange(local);
        })));
        return (cycles, failures, clock.Elapsed, latencies);
    }

    /// <summary>
    /// Where the time goes, without a profiler, in figures a busy machine does not distort much: transactions committed in
    /// the benchmark database, WAL syncs (fsyncs; fewer than commits when PostgreSQL groups them), WAL records and bytes of
    /// the cluster, statements executed (if pg_stat_statements is loaded), this process's CPU time and the CPU time of the
    /// PostgreSQL backends serving this database (read from /proc; the pool's connections live through the run).
    /// </summary>
    private sealed record Counters(long Commits, long WalSyncs, long WalRecords, long WalBytes, long? Statements, TimeSpan ClientCpu,
        Dictionary<int, double> BackendCpuMs);

    private static async Task<Counters> CountersAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        long? statements = null;
        await using (var probe = new NpgsqlCommand("SELECT current_setting('shared_preload_libraries') LIKE '%pg_stat_statements%'", connection))
            if ((bool)(await probe.ExecuteScalarAsync())!)
            {
                await using var create = new NpgsqlCommand("CREATE EXTENSION IF NOT EXISTS pg_stat_statements", connection);
                await create.ExecuteNonQueryAsync();
                await using var count = new NpgsqlCommand(
                    "SELECT coalesce(sum(calls), 0)::bigint FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())",
                    connection);
                statements = (long)(await count.ExecuteScalarAsync())!;
            }
        await using var command = new NpgsqlCommand("""
            SELECT (SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()), w.wal_sync, w.wal_records, w.wal_bytes::bigint,
                   (SELECT array_agg(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid())
            FROM pg_stat_wal w
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        var pids = reader.IsDBNull(4) ? [] : reader.GetFieldValue<int[]>(4);
        return new Counters(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), statements,
            Process.GetCurrentProcess().TotalProcessorTime, pids.ToDictionary(p => p, ProcessCpuMs));
    }

    /// <summary>utime + stime of a process in ms (0 if it is gone or not readable, e.g. PostgreSQL on another host).</summary>
    private static double ProcessCpuMs(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) * 10.0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return 0;
        }
    }

    /// <summary>The backends' CPU between two snapshots: a backend that appeared in between counts from zero.</summary>
    private static double BackendCpuMs(Counters before, Counters after) =>
        after.BackendCpuMs.Sum(p => p.Value - before.BackendCpuMs.GetValueOrDefault(p.Key));

    private static async Task<string> ShowAsync(string connectionString, string setting)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SHOW " + setting, connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private static string? Arg(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
