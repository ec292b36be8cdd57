using System.Globalization;

namespace CallCenter.Benchmarks.ScreenPop;

public sealed record LoadResult(int TargetRate, double AchievedRate, int Requests, int Errors,
    double P50, double P90, double P99, double P999, double Max)
{
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"target {TargetRate}/s, achieved {AchievedRate:F0}/s, {Requests} requests, {Errors} errors; latency ms p50 {P50:F2}, p90 {P90:F2}, p99 {P99:F2}, p99.9 {P999:F2}, max {Max:F2}");
}
