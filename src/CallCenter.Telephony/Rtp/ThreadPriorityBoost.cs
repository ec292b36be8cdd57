using System.Runtime.InteropServices;

namespace CallCenter.Telephony.Rtp;

/// <summary>
/// .NET ignores Thread.Priority on Linux, so the media clock asks the kernel directly for a better nice value for
/// its own thread. It needs CAP_SYS_NICE (root in containers); without it the call fails and nothing changes.
/// </summary>
internal static partial class ThreadPriorityBoost
{
    private const int PrioProcess = 0;

    public static bool TryBoostCurrentThread(int nice)
    {
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            return SetPriority(PrioProcess, GetTid(), nice) == 0;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [DllImport("libc", EntryPoint = "gettid")]
    private static extern int GetTid();

    [DllImport("libc", EntryPoint = "setpriority", SetLastError = true)]
    private static extern int SetPriority(int which, int who, int priority);
}
