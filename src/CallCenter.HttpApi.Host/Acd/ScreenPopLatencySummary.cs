namespace CallCenter.Acd;

/// <summary>Ring-to-screen-pop figures: percentiles in whole milliseconds (bucket upper edges), the slowest exactly.</summary>
public sealed record ScreenPopLatencySummary(long Count, int P50Ms, int P90Ms, int P99Ms, double MaxMs, long NeverShown);
