using CallCenter.Telephony.Rtp;

namespace CallCenter.Telephony.Tests.Rtp;

/// <summary>Behaviour only: that clients are driven and released. How punctual the clock is lives in docs/benchmarks.md.</summary>
public class MediaClockTests
{
    private sealed class Counter(int ms) : IMediaClockClient
    {
        public int Ticks;
        public TimeSpan Interval { get; } = TimeSpan.FromMilliseconds(ms);
        public void OnTick() => Interlocked.Increment(ref Ticks);
    }

    private sealed class Thrower : IMediaClockClient
    {
        public TimeSpan Interval => TimeSpan.FromMilliseconds(10);
        public void OnTick() => throw new InvalidOperationException("broken call");
    }

    private static async Task Until(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++) await Task.Delay(10);
        condition().ShouldBeTrue();
    }

    [Fact]
    public async Task Should_Drive_Every_Registered_Client_From_One_Thread()
    {
        using var clock = new MediaClock();
        var clients = new[] { new Counter(20), new Counter(30), new Counter(10) };
        foreach (var c in clients) clock.Register(c);

        await Until(() => clients.All(c => Volatile.Read(ref c.Ticks) >= 5));

        clock.ClientCount.ShouldBe(3);
        clock.Statistics.Ticks.ShouldBeGreaterThanOrEqualTo(15);
    }

    [Fact]
    public async Task Should_Stop_Calling_An_Unregistered_Client()
    {
        using var clock = new MediaClock();
        var client = new Counter(10);
        clock.Register(client);
        await Until(() => Volatile.Read(ref client.Ticks) >= 2);

        clock.Unregister(client);
        var after = Volatile.Read(ref client.Ticks);
        await Task.Delay(100);

        Volatile.Read(ref client.Ticks).ShouldBeLessThanOrEqualTo(after + 1);
        clock.ClientCount.ShouldBe(0);
    }

    [Fact]
    public async Task Should_Keep_Ticking_Others_When_One_Client_Throws()
    {
        using var clock = new MediaClock();
        var healthy = new Counter(10);
        clock.Register(new Thrower());
        clock.Register(healthy);

        await Until(() => Volatile.Read(ref healthy.Ticks) >= 5);

        clock.TickFailures.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Should_Schedule_The_Clock_Thread_Real_Time_When_The_Process_May()
    {
        using var realTime = new MediaClock(MediaClockPriority.RealTime);
        using var normal = new MediaClock(MediaClockPriority.Normal);
        var a = new Counter(10);
        var b = new Counter(10);
        realTime.Register(a);
        normal.Register(b);
        await Until(() => Volatile.Read(ref a.Ticks) >= 2 && Volatile.Read(ref b.Ticks) >= 2);

        // test.sh runs as root (CAP_SYS_NICE): SCHED_FIFO must be granted there; elsewhere nice or nothing.
        if (OperatingSystem.IsLinux() && Environment.IsPrivilegedProcess) realTime.Priority.ShouldBe(MediaClockPriority.RealTime);
        else realTime.Priority.ShouldNotBe(MediaClockPriority.RealTime);
        normal.Priority.ShouldBe(MediaClockPriority.Normal);
    }
}
