namespace CallCenter.Notifications;

/// <summary>
/// Claims due outbox messages for one dispatcher: their next attempt is pushed to the end of a lease in the same
/// statement that picks them (rows another node is claiming are skipped), so with several nodes polling each
/// message is handed to one sender. A node that dies mid-send leaves its claim to expire; the message is retried then.
/// </summary>
public interface INotificationClaimer
{
    Task<IReadOnlyList<Guid>> ClaimDueAsync(DateTimeOffset now, DateTimeOffset claimedUntil, int batch, CancellationToken ct);
}
