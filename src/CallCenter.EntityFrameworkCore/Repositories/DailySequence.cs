namespace CallCenter.Repositories;

/// <summary>The last number handed out for a prefix on a local day (WO-20261122-0001).</summary>
public sealed class DailySequence
{
    public string Prefix { get; set; } = "";
    public DateOnly Day { get; set; }
    public int Last { get; set; }
}
