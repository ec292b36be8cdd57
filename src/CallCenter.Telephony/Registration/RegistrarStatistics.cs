namespace CallCenter.Telephony.Registration;

/// <summary>Counters of what the registrar answered (fields for Interlocked, properties for readers).</summary>
public sealed class RegistrarStatistics
{
    internal long RegisteredCount;
    internal long ChallengedCount;
    internal long AuthenticationFailedCount;
    internal long ForbiddenCount;
    internal long RejectedCount;
    internal long DroppedCount;
    internal long QualifyTimeoutCount;

    /// <summary>REGISTERs answered 200 (registrations, refreshes, removals and queries).</summary>
    public long Registered => Interlocked.Read(ref RegisteredCount);

    /// <summary>401s sent (first contact, stale or replayed nonce, failed digest).</summary>
    public long Challenged => Interlocked.Read(ref ChallengedCount);

    /// <summary>Digest responses that did not match (wrong password or unknown user).</summary>
    public long AuthenticationFailed => Interlocked.Read(ref AuthenticationFailedCount);

    public long Forbidden => Interlocked.Read(ref ForbiddenCount);

    /// <summary>Other 4xx/5xx: malformed REGISTERs, 423, out-of-order CSeq, store failures.</summary>
    public long Rejected => Interlocked.Read(ref RejectedCount);

    /// <summary>REGISTERs dropped unanswered because their source exceeded its allowance.</summary>
    public long Dropped => Interlocked.Read(ref DroppedCount);

    public long QualifyTimeouts => Interlocked.Read(ref QualifyTimeoutCount);
}
