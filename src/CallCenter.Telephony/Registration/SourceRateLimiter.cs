using System.Net;

namespace CallCenter.Telephony.Registration;

/// <summary>
/// A token bucket per source address for REGISTERs that did not register anything (challenges and failures). A
/// registering phone costs one token per refresh (its first, unauthenticated REGISTER); a flood empties the bucket
/// and further REGISTERs from that address are dropped before any transaction or reply exists.
/// </summary>
internal sealed class SourceRateLimiter(int burst, double perSecond, int capacity)
{
    private readonly Dictionary<IPAddress, (double Tokens, long Stamp)> _buckets = [];
    private readonly Lock _sync = new();

    /// <summary>True when the source still has a token (nothing is taken: only a failed REGISTER pays).</summary>
    public bool HasToken(IPAddress source, long timestamp, long frequency)
    {
        lock (_sync)
        {
            return !_buckets.TryGetValue(source, out var bucket) || Refill(bucket, timestamp, frequency) >= 1;
        }
    }

    public void Take(IPAddress source, long timestamp, long frequency)
    {
        lock (_sync)
        {
            var tokens = _buckets.TryGetValue(source, out var bucket) ? Refill(bucket, timestamp, frequency) : burst;
            if (!_buckets.ContainsKey(source) && _buckets.Count >= capacity) MakeRoom(timestamp, frequency);
            _buckets[source] = (Math.Max(0, tokens - 1), timestamp);
        }
    }

    private double Refill((double Tokens, long Stamp) bucket, long timestamp, long frequency) =>
        Math.Min(burst, bucket.Tokens + (timestamp - bucket.Stamp) * perSecond / frequency);

    /// <summary>Full buckets carry no information: drop them first, then the least recently used.</summary>
    private void MakeRoom(long timestamp, long frequency)
    {
        foreach (var (source, bucket) in _buckets)
        {
            if (Refill(bucket, timestamp, frequency) >= burst) _buckets.Remove(source);
        }
        if (_buckets.Count >= capacity) _buckets.Remove(_buckets.MinBy(b => b.Value.Stamp).Key);
    }
}
