using BenchmarkDotNet.Attributes;
using CallCenter.Workflows;
using CallCenter.Workflows.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Benchmarks.Workflows;

/// <summary>One op = one complete in-memory run of a 20-node flowchart (20 activity executions), state created fresh.</summary>
[MemoryDiagnoser]
public class FlowchartInterpreterBenchmarks
{
    private WorkflowRunner _runner = null!;
    private CompiledWorkflow _literal = null!;
    private CompiledWorkflow _javaScript = null!;
    private ServiceProvider _services = null!;

    [GlobalSetup]
    public void Setup()
    {
        _services = new ServiceCollection().AddCallCenterWorkflowEngine().BuildServiceProvider();
        _runner = _services.GetRequiredService<WorkflowRunner>();
        _literal = new CompiledWorkflow(BenchmarkWorkflows.Chain20(javaScript: false));
        _javaScript = new CompiledWorkflow(BenchmarkWorkflows.Chain20(javaScript: true));
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    [Benchmark(Baseline = true)]
    public async Task<WorkflowStatus> Chain20Literal() => await RunAsync(_literal);

    [Benchmark]
    public async Task<WorkflowStatus> Chain20WithJavaScript() => await RunAsync(_javaScript);

    private async Task<WorkflowStatus> RunAsync(CompiledWorkflow workflow)
    {
        var state = _runner.CreateState(workflow, "bench", null, null);
        await _runner.RunAsync(workflow, state, []);
        return state.Status;
    }
}
