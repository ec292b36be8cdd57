using CallCenter.Common;

namespace CallCenter.Notifications;

public interface INotificationAppService
{
    Task<PagedResultDto<NotificationDto>> GetInboxAsync(GetInboxInput input, CancellationToken ct = default);
    Task<InboxSummaryDto> GetInboxSummaryAsync(CancellationToken ct = default);
    Task MarkReadAsync(Guid id, CancellationToken ct = default);
    Task<PagedResultDto<NotificationDto>> GetOutboxAsync(GetOutboxInput input, CancellationToken ct = default);
    /// <summary>Sends a message again now (a failed one, or a pending one without waiting for its back-off).</summary>
    Task<NotificationDto> RetryAsync(Guid id, CancellationToken ct = default);
}
