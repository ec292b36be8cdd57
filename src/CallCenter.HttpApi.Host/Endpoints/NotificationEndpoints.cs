using CallCenter.Notifications;
using P = CallCenter.Permissions.CallCenterPermissions;

namespace CallCenter.Endpoints;

public static class NotificationEndpoints
{
    public static void MapNotificationEndpoints(this IEndpointRouteBuilder app)
    {
        var n = app.MapGroup("/api/notifications").WithTags("Notifications");
        n.MapGet("/inbox", ([AsParameters] GetInboxInput input, INotificationAppService svc, CancellationToken ct) => svc.GetInboxAsync(input, ct))
            .WithName("GetInbox").WithSummary("My in-app messages")
            .RequireAuthorization(P.Notifications.Default);
        n.MapGet("/inbox/summary", (INotificationAppService svc, CancellationToken ct) => svc.GetInboxSummaryAsync(ct))
            .WithName("GetInboxSummary").WithSummary("How many of my messages are unread")
            .RequireAuthorization(P.Notifications.Default);
        n.MapPost("/{id:guid}/read", async (Guid id, INotificationAppService svc, CancellationToken ct) =>
        {
            await svc.MarkReadAsync(id, ct);
            return TypedResults.NoContent();
        })
            .WithName("MarkNotificationRead").WithSummary("Mark one of my messages read").RequireAuthorization(P.Notifications.Default);
        n.MapGet("/outbox", ([AsParameters] GetOutboxInput input, INotificationAppService svc, CancellationToken ct) => svc.GetOutboxAsync(input, ct))
            .WithName("GetOutbox").WithSummary("Every message with its delivery state")
            .RequireAuthorization(P.Notifications.Outbox);
        n.MapPost("/{id:guid}/retry", (Guid id, INotificationAppService svc, CancellationToken ct) => svc.RetryAsync(id, ct))
            .WithName("RetryNotification").WithSummary("Send a failed message again")
            .RequireAuthorization(P.Notifications.Outbox);
    }
}
