using System.Runtime.InteropServices;

namespace CallCenter.Benchmarks.Knowledge;

/// <summary>
/// CPU time of the calling thread (Linux CLOCK_THREAD_CPUTIME_ID). On a shared machine the wall clock also counts
/// the time a search waited for a core; the thread's CPU time does not, so both are reported.
/// </summary>
internal static class ThreadCpuClock
{
    private const int ClockThreadCpuTimeId = 3;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    public static bool Available { get; } = OperatingSystem.IsLinux() && Try(out _);

    /// <summary>Milliseconds of CPU this thread has used; NaN where the clock is not available.</summary>
    public static double NowMs() => Available && Try(out var ms) ? ms : double.NaN;

    private static bool Try(out double ms)
    {
        ms = double.NaN;
        try
        {
            if (ClockGetTime(ClockThreadCpuTimeId, out var t) != 0) return false;
            ms = t.Seconds * 1000.0 + t.Nanoseconds / 1_000_000.0;
            return true;
        }
        catch (DllNotFoundException)
        {
            return false;
        }
    }
}
