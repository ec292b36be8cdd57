namespace CallCenter.Telephony.Rtp;

/// <summary>
/// Millisecond values in 0.1 ms buckets (0..100 ms). Written by one thread (the media clock), read by anyone:
/// readers get a consistent-enough snapshot for metrics and benchmarks, without locks on the hot path.
/// </summary>
public sealed class LatencyHistogram
{
    private const int BucketsPerMs = 10;
    private readonly long[] _buckets = new long[100 * BucketsPerMs + 1];
    private long _count;
    private double _maxMs;

    public long Count => Interlocked.Read(ref _count);

    public double MaxMs => Volatile.Read(ref _maxMs);

    internal void Record(double ms)
    {
        var index = (int)Math.Clamp(ms * BucketsPerMs, 0, _buckets.Length - 1);
        _buckets[index]++;
        Interlocked.Increment(ref _count);
        if (ms > _maxMs) Volatile.Write(ref _maxMs, ms);
    }

    /// <summary>The value (ms, 0.1 ms resolution) at or below which <paramref name="percentile"/> % of samples fall.</summary>
    public double PercentileMs(double percentile)
    {
        var total = Count;
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
