namespace CallCenter.Telephony.Registration;

/// <summary>
/// The highest nonce-count seen per nonce (RFC 7616 §3.4: a repeated or lower nc is a replay). Only nonces that came
/// with a correct response are remembered, so entries cost an attacker valid credentials; they are forgotten when the
/// nonce expires, and the table is bounded.
/// </summary>
internal sealed class NonceCounterTracker(int capacity)
{
    private readonly Dictionary<string, (uint Count, DateTimeOffset ForgetAt)> _seen = new(StringComparer.Ordinal);
    private readonly Lock _sync = new();

    /// <summary>True when <paramref name="nc"/> is higher than every count already used with this nonce.</summary>
    public bool TryUse(string nonce, uint nc, DateTimeOffset forgetAt, DateTimeOffset now)
    {
        lock (_sync)
        {
            if (_seen.TryGetValue(nonce, out var entry) && nc <= entry.Count) return false;
            if (!_seen.ContainsKey(nonce) && _seen.Count >= capacity)
            {
                Prune(now);
                if (_seen.Count >= capacity) return false; // full of live nonces: the client gets a fresh one
            }
            _seen[nonce] = (nc, forgetAt);
            return true;
        }
    }

    public void Prune(DateTimeOffset now)
    {
        lock (_sync)
        {
            foreach (var (nonce, entry) in _seen)
            {
                if (entry.ForgetAt <= now) _seen.Remove(nonce);
            }
        }
    }

    public int Count
    {
        get { lock (_sync) return _seen.Count; }
    }
}
