using CallCenter.Calls;
using P = CallCenter.Permissions.CallCenterPermissions.Prompts;

namespace CallCenter.Endpoints;

/// <summary>IVR prompts: list, generate from text (espeak-ng), upload a WAV (converted to 8 kHz), play.</summary>
public static class VoicePromptEndpoints
{
    public static void MapVoicePromptEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/prompts").WithTags("Prompts");
        group.MapGet("/", (IVoicePromptAppService svc, CancellationToken ct) => svc.GetListAsync(ct))
            .WithName("GetVoicePrompts").WithSummary("The IVR's voice prompts")
            .RequireAuthorization(P.Default);
        group.MapGet("/{id:guid}/audio", async (Guid id, IVoicePromptAppService svc, CancellationToken ct) =>
            {
                var audio = await svc.GetAudioAsync(id, ct);
                return TypedResults.File(audio.Wav, "audio/wav", audio.Key + ".wav", lastModified: audio.UpdatedAt, enableRangeProcessing: true);
            })
            .WithName("GetVoicePromptAudio").WithSummary("A prompt's audio (WAV)")
            .RequireAuthorization(P.Default);
        group.MapPost("/generate", (GeneratePromptDto input, IVoicePromptAppService svc, CancellationToken ct) => svc.GenerateAsync(input, ct))
            .WithName("SynthesizeVoicePrompt").WithSummary("Synthesize a prompt from Chinese text")
            .RequireAuthorization(P.Edit);
        group.MapPost("/upload", async (IFormFile? file, [Microsoft.AspNetCore.Mvc.FromForm] string? key, [Microsoft.AspNetCore.Mvc.FromForm] string? name,
                IVoicePromptAppService svc, CancellationToken ct) =>
            {
                byte[] bytes = [];
                if (file is not null && file.Length <= CallConsts.MaxUploadBytes)
                {
                    using var memory = new MemoryStream();
                    await file.CopyToAsync(memory, ct);
                    bytes = memory.ToArray();
                }
                else if (file is not null) bytes = new byte[CallConsts.MaxUploadBytes + 1]; // refused as too large by the service
                return await svc.UploadAsync(key ?? "", name ?? "", bytes, ct);
            })
            .WithName("UploadVoicePrompt").WithSummary("Upload a prompt as a WAV file")
            .DisableAntiforgery()
            .RequireAuthorization(P.Edit);
    }
}
