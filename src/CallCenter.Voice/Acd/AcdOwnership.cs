using CallCenter.Acd;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CallCenter.Voice.Acd;

/// <summary>
/// The ACD owner's election of one SIP node (ADR 0600 D4): try the company's owner lock; holding it, check every poll that
/// the session still holds it (a lost session released it, and someone else may own now); not holding it, stand by and
/// try again every poll. Started by the SIP node once it listens, stopped with it (the lock is released, a standby
/// takes over within its poll).
/// </summary>
public sealed partial class AcdOwnership(AcdService acd, IServiceProvider services, TimeProvider time, ILogger<AcdOwnership> log) : IAsyncDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private IAcdOwnerLease? _lease;
    private Task? _loop;

    /// <summary>How often a standby tries the lock and an owner checks it (ADR 0600 D4: 2 s).</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Why the last poll failed (null after a good one): the database is unreachable, say.</summary>
    public Exception? LastError { get; private set; }

    /// <summary>Raised each time this node has taken ownership and run the sweep, with the number of chains it closed.</summary>
    public event Action<int>? OwnershipTaken;

    /// <summary>Starts standing by and electing under <paramref name="lockName"/> (Voice:Acd:OwnerLock; one per company).</summary>
    public void Start(string lockName)
    {
        if (_loop is not null) throw new InvalidOperationException("the election already runs");
        acd.StandBy();
        if (services.GetService<IAcdOwnerLock>() is not { } locks)
        {
            // No database ports (a voice-only test host): nobody to compete with.
            _loop = TakeAsync();
            return;
        }
        _loop = Task.Run(() => ElectAsync(locks, lockName), CancellationToken.None);
    }

    private async Task TakeAsync()
    {
        // Not `OwnershipTaken?.Invoke(await …)`: with no subscriber that skips the argument, and so the takeover itself.
        var closed = await acd.TakeOwnershipAsync(_stopping.Token);
        OwnershipTaken?.Invoke(closed);
    }

    private async Task ElectAsync(IAcdOwnerLock locks, string lockName)
    {
        var token = _stopping.Token;
        while (!token.IsCancellationRequested)
        {
            try
            {
                if (_lease is null)
                {
                    _lease = await locks.TryAcquireAsync(lockName, token);
                    if (_lease is not null) await TakeAsync();
                    else acd.StandBy();
                }
                else if (!await _lease.IsHeldAsync(token))
                {
                    await _lease.DisposeAsync();
                    _lease = null;
                    acd.StandBy();
                    // Not at once: the standby that saw the lock free should win, rather than this node sweeping its own calls.
                }
                LastError = null;
                await Task.Delay(PollInterval, time, token);
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The database is unreachable: an owner keeps routing until its lock is known lost, a standby keeps waiting.
                LastError = e;
                LogElectionFailed(e);
                try { await Task.Delay(PollInterval, time, token); }
                catch (OperationCanceledException) { return; }
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_stopping.IsCancellationRequested) await _stopping.CancelAsync();
        if (_loop is not null) await _loop.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
        if (Interlocked.Exchange(ref _lease, null) is { } lease)
        {
            acd.StandBy();
            await lease.DisposeAsync();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The ACD owner election could not reach the database; trying again")]
    private partial void LogElectionFailed(Exception e);
}
