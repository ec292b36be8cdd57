using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

namespace CallCenter.Benchmarks.Workflows;

/// <summary>
/// Target (a): in-memory interpreter, activity executions per second on a 20-node flowchart (issue 3; target
/// ≥ 200,000/s on the 2-core machine). BenchmarkDotNet measures one run; executions/s = 20 / mean.
/// </summary>
public sealed class WorkflowInterpreterBenchmarkCommand : IBenchmarkCommand
{
    public string Name => "workflow-interpreter";
    public string Description => "in-memory flowchart interpreter, activity executions/s on 20 nodes (BenchmarkDotNet) [--no-record]";

    public Task<int> RunAsync(string[] args)
    {
        var config = ManualConfig.Create(DefaultConfig.Instance)
            .AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(10).WithId("Workflow"))
            .WithOptions(ConfigOptions.DisableOptimizationsValidator);
        var summary = BenchmarkRunner.Run<FlowchartInterpreterBenchmarks>(config);
        var lines = new List<string>();
        foreach (var report in summary.Reports)
        {
            if (report.ResultStatistics is not { } stats) continue;
            var meanNs = stats.Mean;
            var perSecond = 20 / (meanNs / 1e9);
            var allocated = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? 0;
            lines.Add($"| {report.BenchmarkCase.Descriptor.WorkloadMethod.Name} | {meanNs / 1000:0.0} µs | " +
                      $"{perSecond.ToString("N0", CultureInfo.InvariantCulture)} | {allocated / 1024.0:0.0} KiB |");
        }
        if (lines.Count == 0) return Task.FromResult(1);
        foreach (var line in lines) Console.WriteLine(line);
        if (!args.Contains("--no-record"))
            WorkflowBenchmarkReport.Write("(a) In-memory interpreter — activity executions per second", $"""
                Command: `dotnet run -c Release --project tests/CallCenter.Benchmarks -- workflow-interpreter`
                Date: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC · Machine: {WorkflowBenchmarkReport.Machine()}

                One operation is a whole run of a 20-node flowchart (Start, 17 SetVariable, If, End: 20 activity
                executions) from a fresh instance state, through `WorkflowRunner` with no store. Target: ≥ 200,000/s.

                | benchmark | mean per run | activity executions/s | allocated per run |
                |---|---|---|---|
                {string.Join("\n", lines)}

                The JavaScript row evaluates 6 of the 20 inputs as scripts; each evaluation builds a fresh sandboxed Jint
                engine (limits, no CLR), which is what dominates it — the price of isolation between instances.
                """);
        return Task.FromResult(0);
    }
}
