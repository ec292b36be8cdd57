using System.Threading.RateLimiting;

namespace CallCenter.Hosting;

/// <summary>
/// Admission control for the API (ADR 0017). At most <c>Hosting:Admission:MaxConcurrent</c> API requests run at once;
/// up to <c>QueueLimit</c> more wait, the NEWEST first; beyond that, or after <c>QueueTimeout</c> in the queue, a request
/// is answered 503 + Retry-After at once. A waiting request whose client hangs up leaves the queue.
/// Why: after a restart under load (issue 15) the cold node accepted every request, each ran slower for the company of
/// the others, clients gave up at 10 s while the node kept working on their requests, and for ~45 s no write finished
/// in time although the node was "ready" — a metastable overload. Bounded work in progress, newest first, keeps the
/// requests whose callers are still waiting fast, and the overload ends when the burst does.
/// Until the start-up warm-up is done (at most <c>StartTimeout</c>, 30 s, then the gate opens regardless) API requests
/// wait at the gate instead of running: the restart benchmark showed requests served before ready competing with the
/// warm-up (17.8 s instead of ~1 s) and still slow after ready. Waiting costs no CPU; the warm-up runs alone.
/// Not limited: health probes, SignalR hubs (long-lived connections) and static files — only /api.
/// </summary>
public sealed class RequestAdmission : IAsyncDisposable
{
    private readonly ConcurrencyLimiter _limiter;
    private readonly Task _ready;

    public RequestAdmission(IConfiguration configuration) : this(configuration, Task.CompletedTask)
    {
    }

    /// <param name="ready">Completes when requests may run (the warm-up's <see cref="StartupWarmUp.Done"/>).</param>
    public RequestAdmission(IConfiguration configuration, Task ready)
    {
        _ready = ready;
        var section = configuration.GetSection("Hosting:Admission");
        MaxConcurrent = section.GetValue("MaxConcurrent", 32);
        QueueLimit = section.GetValue("QueueLimit", 256);
        QueueTimeout = section.GetValue("QueueTimeout", TimeSpan.FromSeconds(8));
        StartTimeout = section.GetValue("StartTimeout", TimeSpan.FromSeconds(30));
        Enabled = section.GetValue("Enabled", true) && MaxConcurrent > 0;
        _limiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = Math.Max(1, MaxConcurrent),
            QueueLimit = Math.Max(0, QueueLimit),
            QueueProcessingOrder = QueueProcessingOrder.NewestFirst,
        });
    }

    public bool Enabled { get; }
    public int MaxConcurrent { get; }
    public int QueueLimit { get; }
    public TimeSpan QueueTimeout { get; }
    public TimeSpan StartTimeout { get; }

    /// <summary>Requests turned away since start (the restart benchmark and the logs read it).</summary>
    public long Rejected => Interlocked.Read(ref _rejected);

    private long _rejected;

    /// <summary>Requests running and waiting now.</summary>
    public RateLimiterStatistics? Statistics => _limiter.GetStatistics();

    public static bool Applies(PathString path) => path.StartsWithSegments("/api");

    /// <summary>A lease to run the request, or null: turned away (queue full, waited too long). Cancelled with the request.</summary>
    public async ValueTask<RateLimitLease?> EnterAsync(CancellationToken requestAborted)
    {
        if (!_ready.IsCompleted)
        {
            // Fails open after StartTimeout: a warm-up that cannot finish (database slow to start) must not keep the API shut.
            await Task.WhenAny(_ready, Task.Delay(StartTimeout, requestAborted));
            requestAborted.ThrowIfCancellationRequested();
        }
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(requestAborted);
        wait.CancelAfter(QueueTimeout);
        RateLimitLease lease;
        try
        {
            lease = await _limiter.AcquireAsync(1, wait.Token);
        }
        catch (OperationCanceledException) when (!requestAborted.IsCancellationRequested)
        {
            Interlocked.Increment(ref _rejected);
            return null;
        }
        if (lease.IsAcquired) return lease;
        lease.Dispose();
        Interlocked.Increment(ref _rejected);
        return null;
    }

    public ValueTask DisposeAsync() => _limiter.DisposeAsync();
}
