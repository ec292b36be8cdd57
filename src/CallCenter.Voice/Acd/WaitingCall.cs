namespace CallCenter.Voice.Acd;

/// <summary>A caller in a queue. Keeps <see cref="EnteredAt"/> through failed rings, so a caller never loses their place.</summary>
internal sealed class WaitingCall(string callId, AcdQueue queue, int priority, DateTimeOffset enteredAt, long sequence)
{
    public string CallId { get; } = callId;
    public AcdQueue Queue { get; } = queue;

    /// <summary>Higher first (care flags, complaints, repeat callers).</summary>
    public int Priority { get; } = priority;
    public DateTimeOffset EnteredAt { get; } = enteredAt;

    /// <summary>Arrival order: the tie-break that makes the waiting order total.</summary>
    public long Sequence { get; } = sequence;

    /// <summary>Agents whose phones ring for this call now (empty while it waits).</summary>
    public List<AcdAgent> Ringing { get; } = [];

    /// <summary>Agents who missed this call: offered to others first.</summary>
    public HashSet<AcdAgent> Missed { get; } = [];

    public bool IsWaiting { get; set; }
}
