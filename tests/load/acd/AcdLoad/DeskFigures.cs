using System.Collections.Concurrent;

namespace CallCenter.AcdLoad;

/// <summary>What the simulated desks saw, summed over all agents.</summary>
public sealed class DeskFigures
{
    public long Offered;
    public long Connected;
    public long WrappedUp;
    public long MissedNotReady;
    public long Errors;
    public long Retries;

    /// <summary>DeskCall.offeredAt (the ACD's clock, same machine) → CallOffered arrived at the client.</summary>
    public Histogram Push { get; } = new();

    /// <summary>DeskCall.offeredAt → the screen pop fetched and ScreenPopShown sent (the client's view of the hub's figure).</summary>
    public Histogram Pop { get; } = new();

    public ConcurrentQueue<string> FirstErrors { get; } = new();

    public void Error(string message)
    {
        if (Interlocked.Increment(ref Errors) <= 20) FirstErrors.Enqueue(message);
    }
}
