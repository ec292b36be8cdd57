using CallCenter.Permissions;
using CallCenter.ScreenPop;

namespace CallCenter.Endpoints;

public static class ScreenPopEndpoints
{
    public static void MapScreenPopEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/screen-pop", (string? phone, IScreenPopAppService svc, CancellationToken ct) => svc.LookupAsync(phone ?? "", ct))
            .WithName("GetScreenPop").WithSummary("The caller's households, recent contacts and open orders by phone number")
            .WithTags("ScreenPop")
            .RequireAuthorization(CallCenterPermissions.Customers.ScreenPop);
}
