namespace CallCenter.Contacts;

/// <summary>
/// The disposition tree shared by every request of this node (the screen pop reads it on every call, so it must
/// not cost a query each time). An edit on this node clears it at once; edits made on another node show here
/// within <see cref="TimeToLive"/>.
/// </summary>
public sealed class DispositionCatalogCache
{
    public static readonly TimeSpan TimeToLive = TimeSpan.FromMinutes(1);

    private volatile Snapshot? _snapshot;

    public IReadOnlyDictionary<Guid, DispositionNode>? TryGet() =>
        _snapshot is { } s && Environment.TickCount64 < s.ExpiresAtTicks ? s.ById : null;

    public void Set(IReadOnlyDictionary<Guid, DispositionNode> byId) =>
        _snapshot = new Snapshot(byId, Environment.TickCount64 + (long)TimeToLive.TotalMilliseconds);

    public void Clear() => _snapshot = null;

    private sealed record Snapshot(IReadOnlyDictionary<Guid, DispositionNode> ById, long ExpiresAtTicks);
}
