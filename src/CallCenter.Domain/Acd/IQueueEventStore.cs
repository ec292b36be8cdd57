namespace CallCenter.Acd;

/// <summary>
/// The <c>queue_events</c> table's writes (ADR 0600 D6): a batch in one statement, and the restart sweep. Hand-written
/// SQL in the EF room; the Application's queue event writer is the port the ACD sees.
/// </summary>
public interface IQueueEventStore
{
    Task AppendAsync(IReadOnlyList<QueueEvent> batch, CancellationToken ct = default);

    /// <summary>See <c>IQueueEventWriter.CloseOpenChainsAsync</c>.</summary>
    Task<int> CloseOpenChainsAsync(DateTimeOffset startedBefore, DateTimeOffset at, CancellationToken ct = default);
}
