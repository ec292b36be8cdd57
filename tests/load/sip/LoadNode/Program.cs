// Load-test node: answers every call, plays a prompt in a loop until the caller hangs up, and prints once per
// second the active calls, the node's CPU use and the media clock's lateness (how far each RTP send was behind
// its absolute deadline). Usage: LoadNode [port] [seconds]; MEDIA_CLOCK_PRIORITY=Normal|Nice|RealTime (default RealTime)
// compares the clock thread's scheduling side by side.
using System.Diagnostics;
using System.Globalization;
using System.Net;
using CallCenter.Telephony.Calls;
using CallCenter.Telephony.Media;

var port = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5060;
var seconds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 60;
// Encoded once, shared by every call: the point of Prompt.
var prompt = Prompt.Tone("load", 440, TimeSpan.FromSeconds(3));
long answered = 0, failed = 0, peak = 0;

var priority = Enum.Parse<CallCenter.Telephony.Rtp.MediaClockPriority>(Environment.GetEnvironmentVariable("MEDIA_CLOCK_PRIORITY") ?? "RealTime", ignoreCase: true);
using var endpoint = new SipEndpoint(new SipEndpointOptions { ListenAddress = IPAddress.Loopback, Port = port }, new CallCenter.Telephony.Rtp.MediaClock(priority));
endpoint.IncomingCall += call =>
{
    if (!call.Answer()) { Interlocked.Increment(ref failed); return; }
    Interlocked.Increment(ref answered);
    _ = PlayLoop(call);
};
endpoint.Start();
Console.WriteLine($"listening on {endpoint.LocalEndPoint}; media clock priority asked {priority}, granted {endpoint.Clock.Priority}");

var process = Process.GetCurrentProcess();
var samples = new List<(double Cpu, int Calls, double AllocatedPerSecond)>();
var startAllocated = GC.GetTotalAllocatedBytes(precise: true);
var lastAllocated = startAllocated;
var lastCpu = process.TotalProcessorTime;
var lastWall = Stopwatch.GetTimestamp();
for (var s = 0; s < seconds; s++)
{
    Thread.Sleep(1000);
    process.Refresh();
    var cpu = process.TotalProcessorTime;
    var wall = Stopwatch.GetElapsedTime(lastWall);
    var cores = (cpu - lastCpu).TotalSeconds / wall.TotalSeconds;
    (lastCpu, lastWall) = (cpu, Stopwatch.GetTimestamp());
    var allocated = GC.GetTotalAllocatedBytes(precise: true);
    var allocatedPerSecond = (allocated - lastAllocated) / wall.TotalSeconds;
    lastAllocated = allocated;
    var active = endpoint.ActiveCalls.Count;
    peak = Math.Max(peak, active);
    samples.Add((cores, active, allocatedPerSecond));
    var st = endpoint.Clock.Statistics;
    Console.WriteLine(FormattableString.Invariant(
        $"t={s + 1,3}s active={active,5} answered={answered,6} cpu={cores * 100,5:F1}% late p50={st.Lateness.PercentileMs(50):F1} p99={st.Lateness.PercentileMs(99):F1} max={st.Lateness.MaxMs:F1} | interval dev p50={st.IntervalDeviation.PercentileMs(50):F1} p99={st.IntervalDeviation.PercentileMs(99):F1} max={st.IntervalDeviation.MaxMs:F1} ms"));
}

var steady = samples.Where(x => x.Calls >= peak * 0.9 && x.Calls > 0).ToList();
var stats = endpoint.Clock.Statistics;
Console.WriteLine("---- summary ----");
Console.WriteLine(FormattableString.Invariant($"answered={answered} failed={failed} peak_active={peak}"));
Console.WriteLine(FormattableString.Invariant($"rtp_packets={stats.Ticks} lateness_ms p50={stats.Lateness.PercentileMs(50):F1} p99={stats.Lateness.PercentileMs(99):F1} max={stats.Lateness.MaxMs:F1}"));
Console.WriteLine(FormattableString.Invariant($"send_interval_deviation_ms p50={stats.IntervalDeviation.PercentileMs(50):F1} p99={stats.IntervalDeviation.PercentileMs(99):F1} max={stats.IntervalDeviation.MaxMs:F1}"));
if (steady.Count > 0)
{
    var cores = steady.Average(x => x.Cpu);
    var calls = steady.Average(x => x.Calls);
    Console.WriteLine(FormattableString.Invariant($"steady_seconds={steady.Count} avg_active={calls:F0} node_cpu={cores * 100:F1}% cpu_per_call_ms_per_s={cores * 1000 / calls:F3}"));
    // Managed allocation rate while the calls were up (new calls still arriving at the edges): what fills gen0.
    var rate = steady.Average(x => x.AllocatedPerSecond);
    Console.WriteLine(FormattableString.Invariant($"steady_alloc_kb_per_s={rate / 1024:F0} alloc_bytes_per_call_s={rate / calls:F0}"));
}
var runAllocated = GC.GetTotalAllocatedBytes(precise: true) - startAllocated;
Console.WriteLine(FormattableString.Invariant($"run_allocated_mb={runAllocated / 1048576.0:F1} allocated_kb_per_answered_call={(answered > 0 ? runAllocated / 1024.0 / answered : 0):F1}"));
// Every GC suspends the clock thread too, whatever its priority: their number and pauses explain the tail.
// The last GC's survivors explain its pause: a gen0 GC copies what is still alive (calls, lingering transactions).
var lastGc = GC.GetGCMemoryInfo(GCKind.Any);
Console.WriteLine(FormattableString.Invariant(
    $"gc_mode server={System.Runtime.GCSettings.IsServerGC} concurrent={AppContext.TryGetSwitch("System.GC.Concurrent", out var concurrent) && concurrent} last_gc: gen{lastGc.Generation} pause_ms={(lastGc.PauseDurations.Length > 0 ? lastGc.PauseDurations[0].TotalMilliseconds : 0):F1} promoted_mb={lastGc.PromotedBytes / 1048576.0:F1} heap_mb={lastGc.HeapSizeBytes / 1048576.0:F1}"));
Console.WriteLine(FormattableString.Invariant($"gc gen0={GC.CollectionCount(0)} gen1={GC.CollectionCount(1)} gen2={GC.CollectionCount(2)} total_pause_ms={GC.GetTotalPauseDuration().TotalMilliseconds:F0} allocated_mb={GC.GetTotalAllocatedBytes() / 1048576.0:F0}"));
Console.WriteLine(FormattableString.Invariant($"sip malformed_dropped={endpoint.Statistics.MalformedDropped} retransmitted_requests={endpoint.Statistics.RetransmittedRequests}"));

async Task PlayLoop(SipCall call)
{
    while (call.State is SipCallState.Answered or SipCallState.Confirmed)
    {
        if (!await call.PlayAsync([prompt])) break;
    }
}
