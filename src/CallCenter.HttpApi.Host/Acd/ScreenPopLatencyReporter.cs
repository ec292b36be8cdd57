namespace CallCenter.Acd;

/// <summary>
/// Writes the ring-to-screen-pop figures to the log once a minute while pops happen, and once more on shutdown — the line
/// the load benchmark reads (docs/benchmarks.md): <c>Ring-to-screen-pop at the hub: N pops, p50 … p99 … ms</c>.
/// </summary>
public sealed class ScreenPopLatencyReporter(ScreenPopLatency latency, TimeProvider clock, ILogger<ScreenPopLatencyReporter> log) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);
    private long _reported;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken)) Report();
        }
        catch (OperationCanceledException)
        {
            // Shutting down: StopAsync writes the last line.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        Report();
    }

    private void Report()
    {
        var s = latency.Summary();
        if (s.Count == _reported && s.NeverShown == 0) return;
        _reported = s.Count;
        log.LogInformation(
            "Ring-to-screen-pop at the hub: {Count} pops, p50 {P50} ms, p90 {P90} ms, p99 {P99} ms, max {Max:F1} ms, {NeverShown} offered but never shown",
            s.Count, s.P50Ms, s.P90Ms, s.P99Ms, s.MaxMs, s.NeverShown);
    }
}
