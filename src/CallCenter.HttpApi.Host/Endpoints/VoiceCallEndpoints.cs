using CallCenter.Calls;
using P = CallCenter.Permissions.CallCenterPermissions.Calls;

namespace CallCenter.Endpoints;

/// <summary>Call records (search, IVR path), their recordings and the callback tasks voicemail opens.</summary>
public static class VoiceCallEndpoints
{
    public static void MapVoiceCallEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/calls").WithTags("Calls");
        group.MapGet("/", ([AsParameters] CallRecordSearchDto input, ICallRecordAppService svc, CancellationToken ct) => svc.SearchAsync(input, ct))
            .RequireAuthorization(P.Default);
        group.MapGet("/{id:guid}", (Guid id, ICallRecordAppService svc, CancellationToken ct) => svc.GetAsync(id, ct))
            .RequireAuthorization(P.Default);
        group.MapGet("/recordings/{id:guid}", async (Guid id, ICallRecordAppService svc, CancellationToken ct) =>
            {
                var audio = await svc.GetRecordingAsync(id, ct);
                return TypedResults.File(audio.Wav, "audio/wav", audio.FileName, enableRangeProcessing: true);
            })
            .RequireAuthorization(P.Recordings);
        group.MapGet("/callbacks", (CallbackStatus? status, ICallRecordAppService svc, CancellationToken ct) => svc.GetCallbacksAsync(status, ct))
            .RequireAuthorization(P.Callbacks);
        group.MapPost("/callbacks/{id:guid}/complete", (Guid id, ICallRecordAppService svc, CancellationToken ct) => svc.CompleteCallbackAsync(id, ct))
            .RequireAuthorization(P.Callbacks);
    }
}
