using System.Collections.Concurrent;
using System.Diagnostics;

namespace CallCenter.Telephony.Rtp;

/// <summary>
/// The one thread that paces every RTP sender. Each client has absolute deadlines (first deadline + n·interval), so
/// a late wake-up never accumulates into drift. Deadlines sit on a 1 ms grid and new clients are dealt round-robin
/// over the slots of their interval (20 slots for 20 ms), so a thousand calls share twenty wake-ups per packet
/// interval instead of a thousand timers, and each wake-up sends ~50 packets rather than ~500: a stream's send time
/// no longer depends on how long hundreds of sends ahead of it took (the lateness of a 10 ms grid was ~5 ms for the
/// last stream in a slot, and its variation was send-interval jitter). It reads the real monotonic clock
/// (Stopwatch) on purpose: pacing audio against a fake clock would mean nothing.
/// </summary>
public sealed class MediaClock : IDisposable
{
    private static readonly long Slot = Stopwatch.Frequency / 1000; // 1 ms
    private int _nextPhase;
    // No lock is shared with the clock thread: a preempted lock holder at normal priority would stall the
    // real-time thread and every stream with it. Registrations travel through a concurrent queue and the clock
    // thread owns its array; Unregister marks the entry at once, and the clock compacts it away on its next pass.
    private readonly ConcurrentDictionary<IMediaClockClient, Entry> _clients = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentQueue<Entry> _added = new();
    private Entry[] _entries = new Entry[1024]; // clock thread only
    private int _count;                          // clock thread only
    private readonly AutoResetEvent _wake = new(false);
    private readonly Thread _thread;
    private volatile bool _stopping;
    private long _tickFailures;
    private readonly MediaClockPriority _wantedPriority;

    public MediaClock(MediaClockPriority priority = MediaClockPriority.RealTime)
    {
        _wantedPriority = priority;
        _thread = new Thread(Run) { IsBackground = true, Name = "media-clock", Priority = ThreadPriority.AboveNormal };
        _thread.Start();
    }

    public MediaClockStatistics Statistics { get; } = new();

    public int ClientCount => _clients.Count;

    /// <summary>Exceptions thrown by clients' OnTick; counted so one broken call cannot stop the clock.</summary>
    public long TickFailures => Interlocked.Read(ref _tickFailures);

    public void Register(IMediaClockClient client)
    {
        var now = Stopwatch.GetTimestamp();
        var interval = (long)(client.Interval.TotalSeconds * Stopwatch.Frequency);
        interval = Math.Max(interval, Slot);
        var phases = Math.Max(1, interval / Slot);
        var phase = (uint)Interlocked.Increment(ref _nextPhase) % phases;
        var entry = new Entry(client, (now / Slot + 1 + phase) * Slot, interval);
        if (!_clients.TryAdd(client, entry)) return;
        _added.Enqueue(entry);
        _wake.Set();
    }

    /// <summary>The client is not called again once this returns (at most a tick already under way finishes).</summary>
    public void Unregister(IMediaClockClient client)
    {
        if (_clients.TryRemove(client, out var entry)) entry.Removed = true;
    }

    /// <summary>What the OS granted the clock thread (Linux, CAP_SYS_NICE); may be less than asked for.</summary>
    public MediaClockPriority Priority { get; private set; }

    /// <summary>Whether the OS accepted any raised priority for the clock thread.</summary>
    public bool PriorityBoosted => Priority != MediaClockPriority.Normal;

    private void Run()
    {
        Priority = ThreadPriorityBoost.Apply(_wantedPriority);
        while (!_stopping)
        {
            TakeRegistrations();
            var entries = _entries;
            var count = _count;
            var kept = 0;
            var next = long.MaxValue;
            for (var i = 0; i < count; i++)
            {
                var e = entries[i];
                if (e.Removed) continue;
                entries[kept++] = e; // compacts unregistered entries away, keeping the order
                var now = Stopwatch.GetTimestamp();
                if (e.NextDue <= now)
                {
                    Statistics.Lateness.Record((now - e.NextDue) * 1000.0 / Stopwatch.Frequency);
                    if (e.LastSent != 0) Statistics.IntervalDeviation.Record(Math.Abs(now - e.LastSent - e.Interval) * 1000.0 / Stopwatch.Frequency);
                    e.LastSent = now;
                    try
                    {
                        e.Client.OnTick();
                    }
                    catch (Exception)
                    {
                        Interlocked.Increment(ref _tickFailures);
                    }
                    e.NextDue += e.Interval;
                    // After a long stall (debugger, suspended VM) skip the missed deadlines instead of bursting the
                    // backlog; the stream keeps its slot.
                    if (now - e.NextDue > 5 * e.Interval)
                    {
                        e.NextDue += ((now - e.NextDue) / e.Interval + 1) * e.Interval;
                        e.LastSent = 0;
                    }
                }
                next = Math.Min(next, e.NextDue);
            }
            Array.Clear(entries, kept, count - kept);
            _count = kept;
            WaitUntil(next);
        }
    }

    /// <summary>Moves new registrations into the clock's array (grows it, rarely, by doubling).</summary>
    private void TakeRegistrations()
    {
        while (_added.TryDequeue(out var entry))
        {
            if (entry.Removed) continue;
            if (_count == _entries.Length) Array.Resize(ref _entries, _entries.Length * 2);
            _entries[_count++] = entry;
        }
    }

    private void WaitUntil(long deadline)
    {
        if (deadline == long.MaxValue)
        {
            _wake.WaitOne(); // idle until a client registers
            return;
        }
        var remainingMs = (deadline - Stopwatch.GetTimestamp()) * 1000.0 / Stopwatch.Frequency;
        if (PreciseSleep.Available)
        {
            // The event wait (whole milliseconds, may overshoot) stays interruptible by Register; the last stretch is
            // an absolute clock_nanosleep, which wakes on time without spinning (see PreciseSleep).
            if (remainingMs >= 2.2 && _wake.WaitOne((int)(remainingMs - 1.2))) return;
            if (!_stopping) PreciseSleep.Until(deadline);
            return;
        }
        // Elsewhere: sleep whole milliseconds (a timed wait overshoots by well under 0.2 ms here), then spin the remainder.
        if (remainingMs >= 1.2 && _wake.WaitOne((int)(remainingMs - 0.2))) return;
        var spinner = new SpinWait();
        while (Stopwatch.GetTimestamp() < deadline && !_stopping) spinner.SpinOnce(sleep1Threshold: -1);
    }

    public void Dispose()
    {
        _stopping = true;
        _wake.Set();
        _thread.Join(TimeSpan.FromSeconds(2));
        _wake.Dispose();
    }

    private sealed class Entry(IMediaClockClient client, long firstDue, long interval)
    {
        public IMediaClockClient Client { get; } = client;
        public long NextDue { get; set; } = firstDue;
        public long Interval { get; } = interval;
        private volatile bool _removed;

        public bool Removed { get => _removed; set => _removed = value; }
        public long LastSent { get; set; }
    }
}
