using System.Diagnostics;
using System.Globalization;
using System.Net;
using CallCenter.Telephony.Calls;
using CallCenter.Telephony.Media;

namespace CallCenter.Benchmarks.Telephony;

/// <summary>
/// Load-independent figures for the SIP node, trustworthy on a busy shared machine where sipp's latency figures are
/// not: managed bytes allocated per call (setup + teardown, IVR playing a prompt), per second of steady state with
/// many calls up, and node CPU per call-second. The caller runs on this thread, and its own allocations are
/// subtracted, so what is reported is the node's. Usage: telephony-alloc [calls=2000] [concurrent=1000] [seconds=10].
/// </summary>
public sealed class TelephonyAllocationBenchmark : IBenchmarkCommand
{
    public string Name => "telephony-alloc";

    public string Description => "SIP node: bytes allocated per call and per steady-state second, CPU per call-second";

    public async Task<int> RunAsync(string[] args)
    {
        var calls = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 2000;
        var concurrent = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1000;
        var seconds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 10;
        var prompt = Prompt.Tone("bench", 440, TimeSpan.FromSeconds(3));
        using var endpoint = new SipEndpoint(new SipEndpointOptions { ListenAddress = IPAddress.Loopback, Port = 0 });
        endpoint.IncomingCall += call =>
        {
            if (call.Answer()) _ = PlayLoop(call, prompt);
        };
        endpoint.Start();
        using var uac = new BenchUac(endpoint.LocalEndPoint);
        Console.WriteLine($"media clock: {endpoint.Clock.Priority}; GC server={System.Runtime.GCSettings.IsServerGC} gen0size={Environment.GetEnvironmentVariable("DOTNET_GCgen0size") ?? "default"}");

        // Warm-up: JIT, tiering, pools, dictionary growth.
        var n = 0;
        for (var i = 0; i < 300; i++) Call(uac, ++n);
        await Settle(endpoint);

        // ALLOC_TYPES=1 samples which types the per-call bytes are (the sampling itself allocates a little).
        using var sampler = Environment.GetEnvironmentVariable("ALLOC_TYPES") is "1" ? new AllocationTypeSampler() : null;
        using var steadySampler = Environment.GetEnvironmentVariable("ALLOC_TYPES") is "steady" ? new AllocationTypeSampler() : null;
        sampler?.Start();
        // 1. One call after another: setup, a prompt starting, teardown.
        var (bytes, uacBytes, gcs) = Measure(() => { for (var i = 0; i < calls; i++) Call(uac, ++n); });
        await Settle(endpoint);
        var perCall = (bytes - uacBytes) / (double)calls;
        Console.WriteLine(FormattableString.Invariant($"per_call_bytes={perCall:F0} (calls={calls}, gc during={gcs})"));
        sampler?.Stop();
        sampler?.Print(30);

        // 2. Steady state: `concurrent` calls up, each playing the prompt in a loop, nothing else happening.
        var dialogs = new List<(int N, string CallId, string Tag)>();
        for (var i = 0; i < concurrent; i++)
        {
            var id = ++n;
            var (callId, tag) = uac.Setup(id);
            dialogs.Add((id, callId, tag));
        }
        await Task.Delay(2000); // past the setups' timers and the first prompt starts
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var packetsBefore = endpoint.Clock.Statistics.Ticks;
        var wall = Stopwatch.StartNew();
        steadySampler?.Start();
        var (steadyBytes, _, steadyGcs) = Measure(() => Thread.Sleep(TimeSpan.FromSeconds(seconds)));
        steadySampler?.Stop();
        steadySampler?.Print(20);
        wall.Stop();
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds;
        var packets = endpoint.Clock.Statistics.Ticks - packetsBefore;
        var active = endpoint.ActiveCalls.Count;
        var s = wall.Elapsed.TotalSeconds;
        Console.WriteLine(FormattableString.Invariant(
            $"steady calls={active} seconds={s:F1} packets_per_s={packets / s:F0} bytes_per_s={steadyBytes / s:F0} bytes_per_call_s={steadyBytes / s / active:F1} gc during={steadyGcs}"));
        Console.WriteLine(FormattableString.Invariant(
            $"steady node_cpu={cpu / s / 10:F1}% cpu_per_call_ms_per_s={cpu / s / active:F3} cpu_per_packet_us={cpu * 1000 / packets:F2}"));
        foreach (var (id, callId, tag) in dialogs) uac.Teardown(id, callId, tag);
        var last = GC.GetGCMemoryInfo(GCKind.Any);
        Console.WriteLine(FormattableString.Invariant(
            $"process gc gen0={GC.CollectionCount(0)} gen1={GC.CollectionCount(1)} gen2={GC.CollectionCount(2)} pause_ms={GC.GetTotalPauseDuration().TotalMilliseconds:F0} last: gen{last.Generation} promoted_mb={last.PromotedBytes / 1048576.0:F1} heap_mb={last.HeapSizeBytes / 1048576.0:F1} pause_ms={(last.PauseDurations.Length > 0 ? last.PauseDurations[0].TotalMilliseconds : 0):F0}"));
        return 0;
    }

    private static void Call(BenchUac uac, int n)
    {
        var (callId, tag) = uac.Setup(n);
        uac.Teardown(n, callId, tag);
    }

    /// <summary>Process-wide bytes allocated while <paramref name="work"/> ran, and this thread's share of them.</summary>
    private static (long Total, long ThisThread, int Gcs) Measure(Action work)
    {
        var gcs = GC.CollectionCount(0);
        var total = GC.GetTotalAllocatedBytes(precise: true);
        var mine = GC.GetAllocatedBytesForCurrentThread();
        work();
        return (GC.GetTotalAllocatedBytes(precise: true) - total, GC.GetAllocatedBytesForCurrentThread() - mine, GC.CollectionCount(0) - gcs);
    }

    /// <summary>Lets ended calls' continuations (the prompt loop noticing the hang-up) run inside the measurement.</summary>
    private static async Task Settle(SipEndpoint endpoint)
    {
        for (var i = 0; i < 100 && endpoint.ActiveCalls.Count > 0; i++) await Task.Delay(20);
        await Task.Delay(200);
    }

    private static async Task PlayLoop(SipCall call, Prompt prompt)
    {
        while (call.State is SipCallState.Answered or SipCallState.Confirmed)
        {
            if (!await call.PlayAsync([prompt])) break;
        }
    }
}
