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
            .WithName("GetCalls").WithSummary("Search call records by number and date")
            .RequireAuthorization(P.Default);
        group.MapGet("/{id:guid}", (Guid id, ICallRecordAppService svc, CancellationToken ct) => svc.GetAsync(id, ct))
            .WithName("GetCall").WithSummary("One call with its IVR path, keys and recordings")
            .RequireAuthorization(P.Default);
        group.MapGet("/recordings/{id:guid}", async (Guid id, ICallRecordAppService svc, CancellationToken ct) =>
            {
                var audio = await svc.GetRecordingAsync(id, ct);
                return TypedResults.File(audio.Wav, "audio/wav", audio.FileName, enableRangeProcessing: true);
            })
            .WithName("GetCallRecording").WithSummary("A call's recording (WAV)")
            .RequireAuthorization(P.Recordings);
        group.MapGet("/callbacks", (CallbackStatus? status, ICallRecordAppService svc, CancellationToken ct) => svc.GetCallbacksAsync(status, ct))
            .WithName("GetCallbackTasks").WithSummary("Voicemail callbacks to work off")
            .RequireAuthorization(P.Callbacks);
        group.MapPost("/callbacks/{id:guid}/complete", (Guid id, ICallRecordAppService svc, CancellationToken ct) => svc.CompleteCallbackAsync(id, ct))
            .WithName("CompleteCallbackTask").WithSummary("Mark a callback done")
            .RequireAuthorization(P.Callbacks);
    }
}
