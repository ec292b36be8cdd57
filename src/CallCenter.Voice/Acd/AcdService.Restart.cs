using CallCenter.Acd;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CallCenter.Voice.Acd;

/// <summary>ADR 0600 D3: what a dead process left open in queue_events is closed when the node starts again.</summary>
public sealed partial class AcdService
{
    /// <summary>
    /// Closes every queue-event chain open before <paramref name="startedBefore"/> (Complete or Abandon with reason
    /// NodeRestart). Agent state needs no sweep: it lived only in the dead process's memory, and every agent starts
    /// LoggedOut here. Returns how many chains were closed.
    /// </summary>
    public async Task<int> CloseOpenChainsAsync(DateTimeOffset startedBefore, CancellationToken ct = default)
    {
        try
        {
            using var scope = scopes.CreateScope();
            var writer = scope.ServiceProvider.GetService<IQueueEventWriter>();
            if (writer is null) return 0;
            var closed = await writer.CloseOpenChainsAsync(startedBefore, time.GetUtcNow(), ct);
            if (closed > 0) LogChainsClosed(closed);
            return closed;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogChainsFailed(e);
            return 0;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Closed {Count} queue-event chains a previous run of this node left open")]
    private partial void LogChainsClosed(int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Closing the queue-event chains left open by a previous run failed")]
    private partial void LogChainsFailed(Exception e);
}
