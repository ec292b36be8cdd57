using CallCenter.Common;
using CallCenter.Errors;
using CallCenter.Exceptions;
using CallCenter.Identity;
using CallCenter.Repositories;
using CallCenter.WorkOrders;

namespace CallCenter.Notifications;

public sealed class NotificationAppService(
    IRepository<Notification> outbox,
    IRepository<WorkOrder> orders,
    IAsyncQueryExecuter query,
    IUnitOfWork uow,
    ICurrentUser currentUser,
    TimeProvider time) : INotificationAppService
{
    public async Task<PagedResultDto<NotificationDto>> GetInboxAsync(GetInboxInput input, CancellationToken ct = default)
    {
        var me = currentUser.Id;
        var q = outbox.Query().Where(n => n.Channel == NotificationChannel.InApp && n.RecipientUserId == me);
        if (input.UnreadOnly == true) q = q.Where(n => n.ReadAt == null);
        return await PageAsync(q, input, ct);
    }

    public async Task<InboxSummaryDto> GetInboxSummaryAsync(CancellationToken ct = default)
    {
        var me = currentUser.Id;
        return new InboxSummaryDto(await query.CountAsync(outbox.Query()
            .Where(n => n.Channel == NotificationChannel.InApp && n.RecipientUserId == me && n.ReadAt == null), ct));
    }

    public async Task MarkReadAsync(Guid id, CancellationToken ct = default)
    {
        var me = currentUser.Id;
        // Someone else's message answers exactly like one that does not exist (404), so other inboxes stay hidden; marking
        // one's own message read twice is still fine.
        var n = await query.FirstOrDefaultAsync(outbox.Query().Where(n => n.Id == id && n.RecipientUserId == me), ct)
                ?? throw new EntityNotFoundException("Notification", id);
        n.MarkRead(time.GetUtcNow());
        await uow.SaveChangesAsync(ct);
    }

    public async Task<PagedResultDto<NotificationDto>> GetOutboxAsync(GetOutboxInput input, CancellationToken ct = default)
    {
        var q = outbox.Query();
        if (input.Status is { } s) q = q.Where(n => n.Status == s);
        if (input.Channel is { } c) q = q.Where(n => n.Channel == c);
        if (input.WorkOrderId is { } w) q = q.Where(n => n.WorkOrderId == w);
        return await PageAsync(q, input, ct);
    }

    public async Task<NotificationDto> RetryAsync(Guid id, CancellationToken ct = default)
    {
        var n = await query.FirstOrDefaultAsync(outbox.Query().Where(n => n.Id == id), ct) ?? throw new EntityNotFoundException("Notification", id);
        n.Retry(time.GetUtcNow());
        await uow.SaveChangesAsync(ct);
        return (await ToDtosAsync([n], ct))[0];
    }

    private async Task<PagedResultDto<NotificationDto>> PageAsync(IQueryable<Notification> q, PagedRequestDto input, CancellationToken ct)
    {
        var total = await query.CountAsync(q, ct);
        var rows = await query.ToListAsync(q.OrderByDescending(n => n.CreationTime).ThenBy(n => n.Id).Skip(input.Skip).Take(input.Take), ct);
        return new PagedResultDto<NotificationDto>(await ToDtosAsync(rows, ct), total);
    }

    private async Task<IReadOnlyList<NotificationDto>> ToDtosAsync(IReadOnlyList<Notification> rows, CancellationToken ct)
    {
        var ids = rows.Where(r => r.WorkOrderId is not null).Select(r => r.WorkOrderId).Distinct().ToList();
        // Numbers are looked up as the system: an outbox reader may not be scoped to the order's station.
        Dictionary<Guid, string> numbers;
        using (SystemAccess.Begin())
            numbers = (await query.ToListAsync(orders.Query().Where(w => ids.Contains(w.Id)).Select(w => new { w.Id, w.Number }), ct)).ToDictionary(w => w.Id, w => w.Number);
        return rows.Select(n => new NotificationDto(n.Id, n.Channel, n.RecipientUserId, n.RecipientName, n.RecipientPhone, n.Title, n.Body, n.Status,
            n.Attempts, n.LastError, n.CreationTime, n.NextAttemptAt, n.SentAt, n.ReadAt, n.WorkOrderId,
            n.WorkOrderId is { } w ? numbers.GetValueOrDefault(w) : null)).ToList();
    }
}
