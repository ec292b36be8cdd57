namespace CallCenter.WorkOrders;

/// <summary>Readable daily numbers (WO-20261122-0001): one atomic counter per prefix and local day, safe under concurrency.</summary>
public interface ISequenceNumberGenerator
{
    Task<string> NextAsync(string prefix, DateOnly day, CancellationToken ct = default);
}
