using System.Diagnostics;
using System.Runtime.InteropServices;

namespace CallCenter.Telephony.Rtp;

/// <summary>
/// Sleeps until an absolute Stopwatch deadline with clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME) on Linux. The
/// media clock used to spin (SpinWait → sched_yield) through the last millisecond before each deadline; on this
/// VM's paravirtualised kernel each sched_yield costs a context switch, and profiling showed the spin at about a
/// quarter of the node's CPU with 1,000 calls. A real-time (SCHED_FIFO) thread has no timer slack, so the kernel
/// wakes it within tens of microseconds of the deadline without burning a core; an ordinary thread gets the
/// default 50 µs slack. While blocked in the call the thread is in native code, so a GC never waits for it.
/// </summary>
internal static class PreciseSleep
{
    private const int ClockMonotonic = 1;
    private const int TimerAbsTime = 1;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    /// <summary>False where clock_nanosleep is not available: the caller then spins as before.</summary>
    public static bool Available { get; } = OperatingSystem.IsLinux() && Probe();

    /// <summary>Blocks until <paramref name="deadline"/> (a Stopwatch timestamp); false if the OS call is unusable.</summary>
    public static bool Until(long deadline)
    {
        if (!Available) return false;
        // Re-base on CLOCK_MONOTONIC ourselves instead of assuming Stopwatch reads the same clock.
        var remainingNs = (deadline - Stopwatch.GetTimestamp()) * (1_000_000_000.0 / Stopwatch.Frequency);
        if (remainingNs <= 0) return true;
        if (ClockGetTime(ClockMonotonic, out var now) != 0) return false;
        var ns = now.Nanoseconds + (long)remainingNs;
        var target = new TimeSpec { Seconds = now.Seconds + ns / 1_000_000_000, Nanoseconds = ns % 1_000_000_000 };
        // EINTR (a signal, e.g. the runtime's GC suspension) returns early: sleeping again to the same absolute
        // deadline is exactly right.
        for (var i = 0; i < 16; i++)
        {
            if (ClockNanosleep(ClockMonotonic, TimerAbsTime, ref target, IntPtr.Zero) == 0) return true;
        }
        return true;
    }

    private static bool Probe()
    {
        try
        {
            return ClockGetTime(ClockMonotonic, out _) == 0;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    // Returns 0 or the error number itself (it does not set errno).
    [DllImport("libc", EntryPoint = "clock_nanosleep")]
    private static extern int ClockNanosleep(int clock, int flags, ref TimeSpec request, IntPtr remain);
}
