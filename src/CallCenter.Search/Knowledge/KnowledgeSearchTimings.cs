using System.Diagnostics;

namespace CallCenter.Knowledge;

/// <summary>
/// Where a search spends its time, stage by stage (Stopwatch ticks summed over searches). Set on the index by the
/// benchmark's profile run; null in the application, where it costs one null check per stage.
/// </summary>
internal sealed class KnowledgeSearchTimings
{
    public long Build;
    public long Collect;
    public long Fetch;
    public long Highlight;
    public int Searches;

    public static double Milliseconds(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}
