namespace CallCenter.Acd;

/// <summary>
/// Appends queue events in batches (one round trip per batch; the ACD's pump feeds it off the routing path) and closes,
/// on start, the chains a dead process left open.
/// </summary>
public interface IQueueEventWriter
{
    Task AppendAsync(IReadOnlyList<QueueEventDto> batch, CancellationToken ct = default);

    /// <summary>
    /// For every call whose last event before <paramref name="startedBefore"/> leaves it open (EnterQueue/RingAgent/
    /// Connect/Hold… without Complete, Abandon or Overflow after it), appends the closing event at <paramref name="at"/>
    /// with Data reason "NodeRestart": Complete (with talk time) when it was connected, else Abandon (with its wait).
    /// Returns how many chains it closed.
    /// </summary>
    Task<int> CloseOpenChainsAsync(DateTimeOffset startedBefore, DateTimeOffset at, CancellationToken ct = default);
}
