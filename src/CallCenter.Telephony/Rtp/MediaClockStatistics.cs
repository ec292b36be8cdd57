namespace CallCenter.Telephony.Rtp;

/// <summary>
/// How late each tick ran relative to its absolute deadline, as a histogram of 0.1 ms buckets (0..100 ms).
/// Written only by the clock thread; readers get a consistent-enough snapshot for metrics and benchmarks.
/// </summary>
public sealed class MediaClockStatistics
{
    private const int BucketsPerMs = 10;
    private readonly long[] _buckets = new long[100 * BucketsPerMs + 1];
    private long _count;
    private double _maxMs;

    public long Ticks => Interlocked.Read(ref _count);

    public double MaxLatenessMs => Volatile.Read(ref _maxMs);

    internal void Record(double latenessMs)
    {
        var index = (int)Math.Clamp(latenessMs * BucketsPerMs, 0, _buckets.Length - 1);
        _buckets[index]++;
        Interlocked.Increment(ref _count);
        if (latenessMs > _maxMs) Volatile.Write(ref _maxMs, latenessMs);
    }

    /// <summary>The lateness (ms, 0.1 ms resolution) below which <paramref name="percentile"/> % of ticks ran.</summary>
    public double PercentileMs(double percentile)
    {
        var total = Ticks;
        if (total == 0) return 0;
        var threshold = (long)Math.Ceiling(total * percentile / 100.0);
        long seen = 0;
        for (var i = 0; i < _buckets.Length; i++)
        {
            seen += Volatile.Read(ref _buckets[i]);
            if (seen >= threshold) return (i + 1) / (double)BucketsPerMs;
        }
        return 100;
    }

    public void Reset()
    {
        Array.Clear(_buckets);
        Interlocked.Exchange(ref _count, 0);
        Volatile.Write(ref _maxMs, 0);
    }
}
