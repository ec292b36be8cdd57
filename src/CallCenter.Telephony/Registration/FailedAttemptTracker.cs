using System.Net;

namespace CallCenter.Telephony.Registration;

/// <summary>
/// Failed authentications per user + source address: after the limit within the window the pair is answered 403
/// until the window since the last failure has passed. Per source, so a guesser elsewhere cannot lock out the real
/// phone. Bounded: when full, entries whose window has passed are dropped, then the oldest.
/// </summary>
internal sealed class FailedAttemptTracker(int limit, TimeSpan window, int capacity)
{
    private readonly Dictionary<(string User, IPAddress Source), (int Count, DateTimeOffset Last)> _failures = [];
    private readonly Lock _sync = new();

    public bool IsLockedOut(string user, IPAddress source, DateTimeOffset now)
    {
        lock (_sync)
        {
            return _failures.TryGetValue((user, source), out var entry) && now - entry.Last < window && entry.Count >= limit;
        }
    }

    /// <summary>Counts one failure; true when the pair is now locked out.</summary>
    public bool RecordFailure(string user, IPAddress source, DateTimeOffset now)
    {
        lock (_sync)
        {
            var key = (user, source);
            var count = _failures.TryGetValue(key, out var entry) && now - entry.Last < window ? entry.Count + 1 : 1;
            if (count == 1 && _failures.Count >= capacity && !_failures.ContainsKey(key)) MakeRoom(now);
            _failures[key] = (count, now);
            return count >= limit;
        }
    }

    public void RecordSuccess(string user, IPAddress source)
    {
        lock (_sync) _failures.Remove((user, source));
    }

    public void Prune(DateTimeOffset now)
    {
        lock (_sync)
        {
            foreach (var (key, entry) in _failures)
            {
                if (now - entry.Last >= window) _failures.Remove(key);
            }
        }
    }

    private void MakeRoom(DateTimeOffset now)
    {
        Prune(now);
        if (_failures.Count < capacity) return;
        var oldest = _failures.MinBy(e => e.Value.Last).Key;
        _failures.Remove(oldest);
    }
}
