using CallCenter.Identity;
using CallCenter.Repositories;
using Microsoft.Extensions.Logging;

namespace CallCenter.Notifications;

/// <summary>
/// Delivers due outbox messages through the sender of their channel, saving each result at once. One loop per
/// node polls; with several nodes a message could be sent twice in a race (ADR 0500 lists row claiming as next step).
/// </summary>
public sealed class NotificationDispatcher(
    IRepository<Notification> outbox,
    IAsyncQueryExecuter query,
    IUnitOfWork uow,
    IEnumerable<INotificationSender> senders,
    TimeProvider time,
    ILogger<NotificationDispatcher> logger)
{
    public const int MaxAttempts = 5;

    /// <summary>Sends up to <paramref name="batch"/> due messages; returns how many were handled.</summary>
    public async Task<int> DeliverDueAsync(int batch = 50, CancellationToken ct = default)
    {
        using var _ = SystemAccess.Begin();
        var now = time.GetUtcNow();
        var due = await query.ToListAsync(outbox.Query()
            .Where(n => n.Status == NotificationStatus.Pending && n.NextAttemptAt <= now)
            .OrderBy(n => n.NextAttemptAt).Take(batch), ct);
        if (due.Count == 0) return 0;
        var byChannel = senders.ToDictionary(s => s.Channel);
        foreach (var message in due)
        {
            try
            {
                if (!byChannel.TryGetValue(message.Channel, out var sender)) throw new InvalidOperationException($"No sender for {message.Channel}.");
                await sender.SendAsync(message, ct);
                message.MarkSent(time.GetUtcNow());
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                logger.LogWarning("Notification {Id} ({Channel}) failed: {Error}", message.Id, message.Channel, e.Message);
                message.MarkAttemptFailed(e.Message, time.GetUtcNow(), MaxAttempts);
            }
            await uow.SaveChangesAsync(ct);
        }
        return due.Count;
    }
}
