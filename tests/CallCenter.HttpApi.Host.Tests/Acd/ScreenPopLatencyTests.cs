using Microsoft.Extensions.Time.Testing;

namespace CallCenter.Acd;

/// <summary>The ring-to-screen-pop histogram the benchmark reads (p99 target 200 ms), on a fake clock.</summary>
public sealed class ScreenPopLatencyTests
{
    [Fact]
    public void Should_Measure_From_Offer_To_The_First_Acknowledgement_Only()
    {
        var clock = new FakeTimeProvider();
        using var latency = new ScreenPopLatency(clock);
        var agent = Guid.NewGuid();
        var call = Guid.NewGuid();

        latency.Offered(agent, call);
        clock.Advance(TimeSpan.FromMilliseconds(120));
        latency.Acknowledge(agent, call).ShouldBe(TimeSpan.FromMilliseconds(120));
        // The agent's second tab, or a call never offered to this agent: not measured.
        clock.Advance(TimeSpan.FromMilliseconds(500));
        latency.Acknowledge(agent, call).ShouldBeNull();
        latency.Acknowledge(Guid.NewGuid(), call).ShouldBeNull();

        var summary = latency.Summary();
        summary.Count.ShouldBe(1);
        summary.MaxMs.ShouldBe(120);
        summary.P99Ms.ShouldBe(121); // the upper edge of the 120 ms bucket: never reported lower than measured
    }

    [Fact]
    public void Should_Report_The_99th_Percentile_And_Count_Pops_Never_Shown()
    {
        var clock = new FakeTimeProvider();
        using var latency = new ScreenPopLatency(clock);
        var agent = Guid.NewGuid();
        // 98 fast pops (10 ms), two slow ones (300 ms): the 99th of 100 is slow.
        for (var i = 0; i < 100; i++)
        {
            var call = Guid.NewGuid();
            latency.Offered(agent, call);
            clock.Advance(TimeSpan.FromMilliseconds(i < 98 ? 10 : 300));
            latency.Acknowledge(agent, call);
        }
        var unseen = Guid.NewGuid();
        latency.Offered(agent, unseen);
        latency.Ended(agent, unseen);
        latency.Acknowledge(agent, unseen).ShouldBeNull();

        var summary = latency.Summary();
        summary.Count.ShouldBe(100);
        summary.P50Ms.ShouldBe(11);
        summary.P99Ms.ShouldBe(301);
        summary.NeverShown.ShouldBe(1);
    }
}
