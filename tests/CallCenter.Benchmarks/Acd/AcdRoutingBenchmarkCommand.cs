using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace CallCenter.Benchmarks.Acd;

/// <summary>
/// Issue #16's routing target: a decision's p99 ≤ 1 ms with 1,000 agents in 50 queues and 5,000 waiting callers,
/// in process. BenchmarkDotNet gives the mean and allocations of a cycle (two decisions); the percentiles come from
/// timing every single decision of a long run, since BenchmarkDotNet averages many invocations per measurement.
/// </summary>
public sealed class AcdRoutingBenchmarkCommand : IBenchmarkCommand
{
    public string Name => "acd-routing";
    public string Description => "ACD routing decision latency: 1,000 agents, 50 queues, 5,000 waiting (p50/p99/max + BenchmarkDotNet mean) [--no-bdn] [--bdn-only]";

    public Task<int> RunAsync(string[] args)
    {
        if (!args.Contains("--bdn-only")) Percentiles();
        if (!args.Contains("--no-bdn"))
        {
            // In process: on a loaded two-core machine the separate benchmark project's build timed out (2 min).
            var config = ManualConfig.Create(DefaultConfig.Instance)
                .AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(10).WithToolchain(InProcessEmitToolchain.Instance).WithId("Acd"))
                .WithOptions(ConfigOptions.DisableOptimizationsValidator);
            BenchmarkRunner.Run<AcdRoutingBenchmarks>(config);
        }
        return Task.FromResult(0);
    }

    private static void Percentiles()
    {
        var setup = Stopwatch.StartNew();
        var router = new AcdLoadedRouter();
        Console.WriteLine($"set up in {setup.ElapsedMilliseconds} ms, {router.WaitingNow()} waiting");
        for (var i = 0; i < 20_000; i++) router.Cycle(); // warm up (tiered JIT)
        const int cycles = 200_000;
        var freed = new long[cycles];
        var arrived = new long[cycles];
        var gcBefore = GC.CollectionCount(0);
        for (var i = 0; i < cycles; i++) (freed[i], arrived[i]) = router.Cycle();
        var gcs = GC.CollectionCount(0) - gcBefore;
        Console.WriteLine($"{router.WaitingNow()} waiting after the run; {gcs} gen0 GCs during it");
        Console.WriteLine("| decision | p50 | p99 | p99.9 | max |");
        Console.WriteLine("|---|---|---|---|---|");
        Console.WriteLine(Row("agent frees up: best caller across the agent's queues, reserved", freed));
        Console.WriteLine(Row("caller arrives: queue's strategy over its ready members", arrived));
    }

    private static string Row(string name, long[] ticks)
    {
        Array.Sort(ticks);
        string At(double q) => Micro(ticks[Math.Min(ticks.Length - 1, (int)(q * ticks.Length))]);
        return $"| {name} | {At(0.50)} | {At(0.99)} | {At(0.999)} | {Micro(ticks[^1])} |";
    }

    private static string Micro(long ticks) =>
        (ticks * 1e6 / Stopwatch.Frequency).ToString("0.0", CultureInfo.InvariantCulture) + " µs";
}
