using CallCenter.EntityFrameworkCore;
using CallCenter.Notifications;
using Microsoft.EntityFrameworkCore;

namespace CallCenter.Repositories;

/// <summary>
/// One UPDATE … WHERE id IN (SELECT … FOR UPDATE SKIP LOCKED) … RETURNING: pick and claim in one statement. A
/// concurrent claimer skips the locked rows, and once this one commits it re-checks next_attempt_at (now in the
/// future) and leaves them alone — no message is picked by two nodes.
/// </summary>
public sealed class NotificationClaimer(CallCenterDbContext db) : INotificationClaimer
{
    public async Task<IReadOnlyList<Guid>> ClaimDueAsync(DateTimeOffset now, DateTimeOffset claimedUntil, int batch, CancellationToken ct)
    {
        var pending = nameof(NotificationStatus.Pending);
        return await db.Database.SqlQuery<Guid>($"""
            UPDATE notifications SET next_attempt_at = {claimedUntil}
            WHERE id IN (SELECT id FROM notifications
                         WHERE status = {pending} AND next_attempt_at <= {now}
                         ORDER BY next_attempt_at LIMIT {batch}
                         FOR UPDATE SKIP LOCKED)
            RETURNING id AS "Value"
            """).ToListAsync(ct);
    }
}
