using System.Diagnostics;
using CallCenter.Telephony.Media;
using CallCenter.Telephony.Rtp;

namespace CallCenter.Benchmarks.Telephony;

/// <summary>
/// Issue #16's media costs, in process and without sockets (the send is a no-op, so this is our work only): the media
/// clock's tick for N calls listening to the shared music on hold against N calls sending silence, and a stereo
/// conversation recording's cost per packet (both legs, streamed to a temporary file). Stopwatch over many rounds
/// rather than BenchmarkDotNet: the figures are per-tick costs of tens of nanoseconds, read beside the load average.
/// </summary>
public sealed class AcdMediaBenchmarkCommand : IBenchmarkCommand
{
    public string Name => "acd-media";
    public string Description => "Music on hold: clock-tick CPU per listener (N = 1, 50, 500) vs silence; stereo recording CPU per call";

    public Task<int> RunAsync(string[] args)
    {
        Console.WriteLine($"load average: {File.ReadAllText("/proc/loadavg").Trim()}");
        Console.WriteLine("| calls | silence: ns per packet | music on hold: ns per packet | MOH extra CPU per listener (50 packets/s) |");
        Console.WriteLine("|---|---|---|---|");
        foreach (var n in new[] { 1, 50, 500 })
        {
            var silence = PerPacket(n, music: false);
            var music = PerPacket(n, music: true);
            Console.WriteLine($"| {n} | {silence:0} | {music:0} | {Math.Max(0, music - silence) * 50 / 1e9 * 100:0.0000} % of a core |");
        }
        var recording = RecordingPerPacket();
        Console.WriteLine($"stereo recording: {recording:0} ns per packet → {recording * 100 / 1e9 * 100:0.000} % of a core per call (2 legs × 50 packets/s)");
        Console.WriteLine($"load average: {File.ReadAllText("/proc/loadavg").Trim()}");
        return Task.FromResult(0);
    }

    /// <summary>Mean cost of one listener's packet (fill + header) with the shared source ticking once per round.</summary>
    private static double PerPacket(int calls, bool music)
    {
        using var source = new MusicOnHold(HoldMusic.Create());
        var senders = Enumerable.Range(0, calls)
            .Select(i => new RtpSender(i % 2 == 0 ? G711Law.MuLaw : G711Law.ALaw, 0, 20, static (_, _) => { }) { Music = music ? source : null })
            .ToArray();
        void Round()
        {
            source.OnTick();
            foreach (var sender in senders) sender.OnTick();
        }
        for (var i = 0; i < 2000; i++) Round(); // warm up (tiered JIT)
        var rounds = Math.Max(2000, 2_000_000 / calls);
        var stopwatch = Stopwatch.StartNew();
        for (var i = 0; i < rounds; i++) Round();
        return stopwatch.Elapsed.TotalNanoseconds / ((double)rounds * calls);
    }

    /// <summary>Mean cost of one received packet recorded (both legs alternate; the flush to disk included).</summary>
    private static double RecordingPerPacket()
    {
        var time = new ManualTime();
        var dir = Directory.CreateTempSubdirectory("cc-bench-rec-").FullName;
        try
        {
            using var recorder = new ConversationRecorder(Path.Combine(dir, "bench.wav"), G711Law.MuLaw, G711Law.ALaw, time);
            var payload = Enumerable.Range(0, 160).Select(i => (byte)i).ToArray();
            const int packets = 10 * 60 * 50; // ten minutes of conversation
            var stopwatch = Stopwatch.StartNew();
            for (var i = 0; i < packets; i++)
            {
                time.Advance(TimeSpan.FromMilliseconds(20));
                recorder.Left.Add(1, (uint)(i * 160), payload);
                recorder.Right.Add(2, (uint)(i * 160), payload);
            }
            recorder.Stop();
            return stopwatch.Elapsed.TotalNanoseconds / (packets * 2.0);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>A clock the benchmark moves by hand: the recorder places packets by the wall clock it reads.</summary>
    private sealed class ManualTime : TimeProvider
    {
        private long _ticks;
        public void Advance(TimeSpan by) => _ticks += (long)(by.TotalSeconds * Stopwatch.Frequency);
        public override long GetTimestamp() => _ticks;
        public override long TimestampFrequency => Stopwatch.Frequency;
    }
}
