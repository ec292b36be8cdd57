namespace CallCenter.Telephony.Scheduling;

/// <summary>A handle to scheduled work; cancelling only marks it, the scheduler skips it when it comes due.</summary>
public sealed class ScheduledWork
{
    // Cleared on Cancel: a cancelled entry stays in the scheduler's queue until its due time (an ACK timeout or
    // Timer L is 32 s away), and its closure used to keep the whole ended call alive with it — tens of MB of
    // survivors that every gen0 GC had to copy at 1,000 calls.
    private Action? _action;

    internal ScheduledWork(Action action) => _action = action;

    public bool IsCancelled => Volatile.Read(ref _action) is null;

    public void Cancel() => Volatile.Write(ref _action, null);

    internal void Run() => Volatile.Read(ref _action)?.Invoke();
}
