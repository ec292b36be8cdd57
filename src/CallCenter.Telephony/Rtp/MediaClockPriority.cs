namespace CallCenter.Telephony.Rtp;

/// <summary>How hard the media clock thread asks the OS to run on time.</summary>
public enum MediaClockPriority
{
    /// <summary>An ordinary thread: it waits for a core like every other process.</summary>
    Normal,

    /// <summary>nice −15: favoured by the fair scheduler, but still preempted by a busy machine.</summary>
    Nice,

    /// <summary>
    /// SCHED_FIFO (falls back to nice −15 without CAP_SYS_NICE): runs the moment it wakes, ahead of every ordinary
    /// thread, which is what keeps RTP pacing within 2 ms while builds, PostgreSQL or a GC-heavy host share the cores.
    /// The thread sleeps between packet slots, and the kernel's RT throttling keeps 5 % for everything else.
    /// </summary>
    RealTime,
}
