using BenchmarkDotNet.Attributes;

namespace CallCenter.Benchmarks.Acd;

/// <summary>One op = one <see cref="AcdLoadedRouter.Cycle"/>: an agent frees up and is given the best waiting caller, and a new caller arrives.</summary>
[MemoryDiagnoser]
public class AcdRoutingBenchmarks
{
    private AcdLoadedRouter _router = null!;

    [GlobalSetup]
    public void Setup() => _router = new AcdLoadedRouter();

    [Benchmark]
    public long AgentFreesUpAndCallerArrives()
    {
        var (freed, arrived) = _router.Cycle();
        return freed + arrived;
    }
}
