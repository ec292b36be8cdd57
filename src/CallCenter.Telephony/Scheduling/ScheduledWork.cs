namespace CallCenter.Telephony.Scheduling;

/// <summary>A handle to scheduled work; cancelling only marks it, the scheduler skips it when it comes due.</summary>
public sealed class ScheduledWork
{
    private readonly Action _action;
    private volatile bool _cancelled;

    internal ScheduledWork(Action action) => _action = action;

    public bool IsCancelled => _cancelled;

    public void Cancel() => _cancelled = true;

    internal void Run() => _action();
}
