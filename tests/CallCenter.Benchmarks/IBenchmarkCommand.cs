namespace CallCenter.Benchmarks;

/// <summary>One benchmark the Program can run by name; it records its figures in docs/benchmarks.md itself.</summary>
public interface IBenchmarkCommand
{
    string Name { get; }
    string Description { get; }
    Task<int> RunAsync(string[] args);
}
