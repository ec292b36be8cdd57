namespace CallCenter.Telephony.Rtp;

/// <summary>How punctual the media clock is, for metrics and docs/benchmarks.md.</summary>
public sealed class MediaClockStatistics
{
    /// <summary>How late each send ran after its absolute deadline (includes the sends ahead of it in the same tick).</summary>
    public LatencyHistogram Lateness { get; } = new();

    /// <summary>|actual gap between two packets of one stream − ptime|: the jitter the far end sees from us.</summary>
    public LatencyHistogram IntervalDeviation { get; } = new();

    public long Ticks => Lateness.Count;

    public double MaxLatenessMs => Lateness.MaxMs;

    public double PercentileMs(double percentile) => Lateness.PercentileMs(percentile);

    public void Reset()
    {
        Lateness.Reset();
        IntervalDeviation.Reset();
    }
}
