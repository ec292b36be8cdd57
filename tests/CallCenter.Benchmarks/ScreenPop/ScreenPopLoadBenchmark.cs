using System.Diagnostics;
using System.Globalization;
using CallCenter.Seeding;

namespace CallCenter.Benchmarks.ScreenPop;

/// <summary>
/// Open-loop load on GET /api/screen-pop of a running host: requests leave at a fixed rate whatever the answers do,
/// and each latency is measured from the moment the request was due — so a stall shows up in p99 instead of
/// silently lowering the rate (no coordinated omission). Callers are the seeded households' numbers, one in ten
/// unknown. Run by tests/load/screen-pop.sh, which seeds 100,000 households and starts the host.
/// </summary>
public sealed class ScreenPopLoadBenchmark : IBenchmarkCommand
{
    public string Name => "screen-pop";
    public string Description => "--url URL --token JWT [--rate 1000] [--seconds 30] [--households 100000] [--warmup 5] [--path /api/screen-pop?phone={phone}]";

    public async Task<int> RunAsync(string[] args)
    {
        var url = Arg(args, "--url") ?? throw new ArgumentException("--url is required");
        var token = Arg(args, "--token") ?? throw new ArgumentException("--token is required");
        var rate = int.Parse(Arg(args, "--rate") ?? "1000", CultureInfo.InvariantCulture);
        var seconds = int.Parse(Arg(args, "--seconds") ?? "30", CultureInfo.InvariantCulture);
        var households = int.Parse(Arg(args, "--households") ?? "100000", CultureInfo.InvariantCulture);
        var warmup = int.Parse(Arg(args, "--warmup") ?? "5", CultureInfo.InvariantCulture);
        // Another GET path can be loaded the same way for comparison, e.g. --path "/health/live" ({phone} is replaced).
        var path = Arg(args, "--path") ?? "/api/screen-pop?phone={phone}";

        var numbers = DemoHouseholdGenerator.Generate(households).Select(h => h.Phones[0]).ToArray();
        using var http = new KeepAliveHttpGetter(new Uri(url), token);

        // Ramp up (a quarter, then half the rate) so the JIT, tiered compilation and the connection pool settle
        // before the measured phase; starting cold at full rate measures start-up, not the steady state.
        foreach (var share in new[] { 4, 2 })
        {
            Console.WriteLine($"warm-up {warmup} s at {rate / share}/s …");
            Console.WriteLine((await RunPhaseAsync(http, numbers, path, Math.Max(1, rate / share), warmup)).Describe());
        }
        Console.WriteLine($"measuring {seconds} s at {rate}/s …");
        var result = await RunPhaseAsync(http, numbers, path, rate, seconds);
        Console.WriteLine(result.Describe());
        return result.Errors == 0 ? 0 : 1;
    }

    private static async Task<LoadResult> RunPhaseAsync(KeepAliveHttpGetter http, string[] numbers, string path, int rate, int seconds)
    {
        var total = rate * seconds;
        var latencies = new double[total];
        var errors = 0;
        var random = new Random(42);
        var tasks = new List<Task>(total);
        var clock = Stopwatch.StartNew();
        var interval = TimeSpan.FromSeconds(1.0 / rate);
        // A request still unanswered 10 s after the last one was due counts as an error.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(seconds + 10));
        for (var i = 0; i < total; i++)
        {
            var due = interval * i;
            var wait = due - clock.Elapsed;
            if (wait > TimeSpan.FromMilliseconds(1)) await Task.Delay(wait);
            var index = i;
            var number = random.Next(10) == 0 ? "139" + random.Next(10_000_000, 99_999_999) : numbers[random.Next(numbers.Length)];
            tasks.Add(SendAsync());

            // Not queued to the thread pool: the send runs here, and the answer is read wherever the socket completes.
            async Task SendAsync()
            {
                try
                {
                    var status = await http.GetAsync(path.Replace("{phone}", Uri.EscapeDataString(number), StringComparison.Ordinal), timeout.Token);
                    if (status is < 200 or > 299) Interlocked.Increment(ref errors);
                }
                catch (Exception)
                {
                    Interlocked.Increment(ref errors);
                }
                latencies[index] = (clock.Elapsed - due).TotalMilliseconds;
            }
        }
        await Task.WhenAll(tasks);
        var achieved = total / clock.Elapsed.TotalSeconds;
        Array.Sort(latencies);
        return new LoadResult(rate, achieved, total, errors, Percentile(latencies, 50), Percentile(latencies, 90),
            Percentile(latencies, 99), Percentile(latencies, 99.9), latencies[^1]);
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];

    private static string? Arg(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
