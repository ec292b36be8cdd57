namespace CallCenter.Voice.Acd;

/// <summary>Priority (higher first), then time entered, then arrival order: a total order, so a SortedSet can hold calls.</summary>
internal sealed class WaitingCallOrder : IComparer<WaitingCall>
{
    public static readonly WaitingCallOrder Instance = new();

    public int Compare(WaitingCall? x, WaitingCall? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;
        var byPriority = y.Priority.CompareTo(x.Priority);
        if (byPriority != 0) return byPriority;
        var byTime = x.EnteredAt.CompareTo(y.EnteredAt);
        return byTime != 0 ? byTime : x.Sequence.CompareTo(y.Sequence);
    }
}
