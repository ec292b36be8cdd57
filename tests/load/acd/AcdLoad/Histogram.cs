namespace CallCenter.AcdLoad;

/// <summary>Millisecond samples, kept whole (a 10-minute run has at most a few tens of thousands).</summary>
public sealed class Histogram
{
    private readonly List<double> _samples = [];

    public void Record(double ms)
    {
        lock (_samples) _samples.Add(ms);
    }

    public string Describe()
    {
        double[] s;
        lock (_samples) s = [.. _samples];
        if (s.Length == 0) return "no samples";
        Array.Sort(s);
        double P(double p) => s[Math.Min(s.Length - 1, (int)Math.Ceiling(p * s.Length) - 1)];
        return $"{s.Length} samples, p50 {P(0.50):F1} ms, p90 {P(0.90):F1} ms, p99 {P(0.99):F1} ms, max {s[^1]:F1} ms";
    }
}
