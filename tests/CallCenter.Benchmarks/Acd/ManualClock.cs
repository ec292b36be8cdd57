namespace CallCenter.Benchmarks.Acd;

/// <summary>A clock the benchmark moves by hand, so callers' waits (and the tiers they open) are the same on every run.</summary>
public sealed class ManualClock : TimeProvider
{
    private DateTimeOffset _now = new(2026, 12, 7, 8, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
