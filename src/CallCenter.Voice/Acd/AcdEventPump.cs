using System.Threading.Channels;
using CallCenter.Acd;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CallCenter.Voice.Acd;

/// <summary>
/// Queue events on their way to PostgreSQL (ADR 0600 D1/D6): <see cref="Post"/> never waits — a bounded channel takes
/// the event or, when full, the event is dropped and counted — and one background loop writes what has gathered in
/// batches through <see cref="IQueueEventWriter"/> (each in its own scope). So a slow or down database never delays a
/// routing decision; it costs events, which the overflow counter and the log make visible.
/// </summary>
public sealed partial class AcdEventPump : IAsyncDisposable
{
    private readonly Channel<QueueEventDto> _channel;
    private readonly IServiceScopeFactory _scopes;
    private readonly ILogger _log;
    private readonly int _batchSize;
    private readonly CancellationTokenSource _stopping = new();
    private Task? _loop;
    private long _dropped;
    private long _written;
    private long _failed;

    public AcdEventPump(IServiceScopeFactory scopes, ILogger<AcdEventPump> log, int capacity = 10_000, int batchSize = 500)
    {
        _scopes = scopes;
        _log = log;
        _batchSize = batchSize;
        _channel = Channel.CreateBounded<QueueEventDto>(new BoundedChannelOptions(capacity)
        {
            FullMode = BoundedChannelFullMode.DropWrite,
            SingleReader = true,
        }, _ => Interlocked.Increment(ref _dropped));
    }

    /// <summary>Events dropped because the channel was full (the database could not keep up).</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    public long Written => Interlocked.Read(ref _written);

    /// <summary>Events lost because their batch's write failed.</summary>
    public long Failed => Interlocked.Read(ref _failed);

    public void Start() => _loop ??= Task.Run(RunAsync);

    /// <summary>Queues the event; returns at once whatever the database does.</summary>
    public void Post(QueueEventDto e)
    {
        if (!_channel.Writer.TryWrite(e) && Interlocked.Read(ref _dropped) % 1000 == 1) LogDropped(Dropped);
    }

    /// <summary>Resolves when every event posted so far has been handed to the writer (tests, shutdown).</summary>
    public async Task FlushAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (_channel.Reader.Count > 0 || Volatile.Read(ref _inFlight) > 0)
        {
            if (DateTime.UtcNow > deadline) return;
            await Task.Delay(20);
        }
    }

    private int _inFlight;

    private async Task RunAsync()
    {
        var batch = new List<QueueEventDto>(_batchSize);
        try
        {
            while (await _channel.Reader.WaitToReadAsync(_stopping.Token))
            {
                Volatile.Write(ref _inFlight, 1);
                while (batch.Count < _batchSize && _channel.Reader.TryRead(out var e)) batch.Add(e);
                await WriteAsync(batch);
                batch.Clear();
                Volatile.Write(ref _inFlight, 0);
            }
        }
        catch (OperationCanceledException)
        {
        }
        // Stopping: what is already queued still goes out, once.
        while (_channel.Reader.TryRead(out var e)) batch.Add(e);
        if (batch.Count > 0) await WriteAsync(batch);
    }

    private async Task WriteAsync(List<QueueEventDto> batch)
    {
        try
        {
            using var scope = _scopes.CreateScope();
            var writer = scope.ServiceProvider.GetService<IQueueEventWriter>();
            if (writer is null) return; // no store configured (a node without the database's ACD part): events are not kept
            await writer.AppendAsync(batch.ToArray(), CancellationToken.None);
            Interlocked.Add(ref _written, batch.Count);
        }
        catch (Exception ex)
        {
            Interlocked.Add(ref _failed, batch.Count);
            LogWriteFailed(ex, batch.Count);
        }
    }

    public async ValueTask DisposeAsync()
    {
        // Completing the writer lets the loop drain what is queued; the cancel only stops a loop that is stuck.
        _channel.Writer.TryComplete();
        if (_loop is not null) await Task.WhenAny(_loop, Task.Delay(TimeSpan.FromSeconds(5)));
        await _stopping.CancelAsync();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Queue event channel full: {Dropped} events dropped so far (the database is not keeping up)")]
    private partial void LogDropped(long dropped);

    [LoggerMessage(Level = LogLevel.Error, Message = "Writing {Count} queue events failed; they are lost")]
    private partial void LogWriteFailed(Exception ex, int count);
}
