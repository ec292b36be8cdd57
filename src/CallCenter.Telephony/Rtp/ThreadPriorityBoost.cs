using System.Runtime.InteropServices;

namespace CallCenter.Telephony.Rtp;

/// <summary>
/// .NET ignores Thread.Priority on Linux, so the media clock asks the kernel directly: SCHED_FIFO for real-time
/// pacing, or a better nice value. Both need CAP_SYS_NICE (root in containers); without it the call fails and the
/// next best is tried. Returns what was granted.
/// </summary>
internal static class ThreadPriorityBoost
{
    private const int PrioProcess = 0;
    private const int SchedFifo = 1;
    // Low in the real-time range: above every ordinary thread, below the kernel's own RT threads (50+).
    private const int FifoPriority = 10;
    private const int NiceValue = -15;

    public static MediaClockPriority Apply(MediaClockPriority wanted)
    {
        if (!OperatingSystem.IsLinux() || wanted == MediaClockPriority.Normal) return MediaClockPriority.Normal;
        try
        {
            var param = FifoPriority;
            if (wanted == MediaClockPriority.RealTime && SchedSetScheduler(0, SchedFifo, ref param) == 0) return MediaClockPriority.RealTime;
            return SetPriority(PrioProcess, GetTid(), NiceValue) == 0 ? MediaClockPriority.Nice : MediaClockPriority.Normal;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return MediaClockPriority.Normal;
        }
    }

    [DllImport("libc", EntryPoint = "gettid")]
    private static extern int GetTid();

    [DllImport("libc", EntryPoint = "setpriority", SetLastError = true)]
    private static extern int SetPriority(int which, int who, int priority);

    // pid 0 = the calling thread; struct sched_param is a single int.
    [DllImport("libc", EntryPoint = "sched_setscheduler", SetLastError = true)]
    private static extern int SchedSetScheduler(int pid, int policy, ref int param);
}
