using CallCenter.Identity;
using CallCenter.Repositories;
using Microsoft.Extensions.Logging;

namespace CallCenter.Notifications;

/// <summary>
/// Delivers due outbox messages through the sender of their channel, saving each result at once. One loop per
/// node polls; each first claims its batch (<see cref="INotificationClaimer"/>), so two nodes never send the same
/// message. A claim lasts <see cref="ClaimLease"/>: a node that dies mid-send leaves the message to be retried after it.
/// </summary>
public sealed class NotificationDispatcher(
    IRepository<Notification> outbox,
    INotificationClaimer claimer,
    IAsyncQueryExecuter query,
    IUnitOfWork uow,
    IEnumerable<INotificationSender> senders,
    TimeProvider time,
    ILogger<NotificationDispatcher> logger)
{
    public const int MaxAttempts = 5;
    public static readonly TimeSpan ClaimLease = TimeSpan.FromMinutes(2);

    /// <summary>Sends up to <paramref name="batch"/> due messages; returns how many were handled.</summary>
    public async Task<int> DeliverDueAsync(int batch = 50, CancellationToken ct = default)
    {
        using var _ = SystemAccess.Begin();
        var now = time.GetUtcNow();
        var claimed = await claimer.ClaimDueAsync(now, now + ClaimLease, batch, ct);
        if (claimed.Count == 0) return 0;
        var due = await query.ToListAsync(outbox.Query().Where(n => claimed.Contains(n.Id)).OrderBy(n => n.CreationTime), ct);
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
