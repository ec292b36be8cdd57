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
    public string Description => "durable start/suspend/resume/complete cycles/s on PostgreSQL [--seconds 20] [--concurrency 16] [--in-memory] [--no-record] [--label name]";

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
            await using var services = new ServiceCollection().AddLogging().AddWorkflowPostgresStores(connectionString).AddWorkflowEngine()
                .BuildServiceProvider();
            var definitions = services.GetRequiredService<WorkflowDefinitionService>();
            var saved = await definitions.SaveDraftAsync(BenchmarkWorkflows.SuspendResume());
            await definitions.PublishAsync(saved.DefinitionId, saved.Version);
            var runtime = services.GetRequiredService<WorkflowRuntime>();

            Console.WriteLine("warm-up 5 s …");
            await MeasureAsync(runtime, concurrency, TimeSpan.FromSeconds(5));
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
            Console.WriteLine($"{Arg(args, "--label") ?? "engine"}: {perSecond:N0} cycles/s, {failures} failures, p50 {p50:0.0} ms, p99 {p99:0.0} ms " +
                              $"(fsync={fsync}, synchronous_commit={syncCommit}); per cycle: " +
                              $"{(after.Commits - before.Commits) / (double)cycles:0.00} commits, {(after.WalSyncs - before.WalSyncs) / (double)cycles:0.00} WAL syncs, " +
                              $"{(after.ClientCpu - before.ClientCpu).TotalMilliseconds / cycles:0.00} ms client CPU");
            if (!args.Contains("--no-record"))
                WorkflowBenchmarkReport.Write("(b) Durable cycles on PostgreSQL — latest single run", $"""
                    Command: `dotnet run -c Release --project tests/CallCenter.Benchmarks -- workflow-durable --seconds {seconds} --concurrency {concurrency}`
                    (with CALLCENTER_TEST_DB pointing at the private cluster) ·
                    Date: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC · Machine: {WorkflowBenchmarkReport.Machine()} ·
                    PostgreSQL 15 on the same machine, fsync={fsync}, synchronous_commit={syncCommit}

                    One cycle as in (b) above. {concurrency} concurrent callers for {seconds} s after a 5 s warm-up.
                    Target: ≥ 1,000/s. For a before/after comparison use `compare-durable.sh` (see (b)).

                    | cycles/s | cycles | failures | p50 cycle | p99 cycle | transactions / cycle | WAL syncs / cycle |
                    |---|---|---|---|---|---|---|
                    | {perSecond.ToString("N0", CultureInfo.InvariantCulture)} | {cycles} | {failures} | {p50:0.0} ms | {p99:0.0} ms | {(after.Commits - before.Commits) / (double)cycles:0.00} | {(after.WalSyncs - before.WalSyncs) / (double)cycles:0.00} |
                    """);
            return failures == 0 ? 0 : 1;
        }
        finally
        {
            await database.DisposeAsync();
        }
    }

    /// <summary>The same cycle on the in-memory stores: what the engine itself costs, without the database.</summary>
    private static async Task<int> InMemoryAsync(int seconds, int concurrency)
    {
        await using var services = new ServiceCollection().AddLogging().AddWorkflowEngine().BuildServiceProvider();
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
    /// Where the time goes, without a profiler: transactions committed in the benchmark database, WAL syncs of the
    /// cluster (fsyncs; fewer than commits when PostgreSQL groups them) and this process's CPU time.
    /// </summary>
    private static async Task<(long Commits, long WalSyncs, TimeSpan ClientCpu)> CountersAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT (SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()), (SELECT wal_sync FROM pg_stat_wal)
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1), Process.GetCurrentProcess().TotalProcessorTime);
    }

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
