using System.Net.Http.Headers;
using CallCenter.Authorization;
using CallCenter.Calls;
using CallCenter.Common;
using CallCenter.Interruptions;
using CallCenter.Stations;

namespace CallCenter.Voice;

/// <summary>The voice endpoints' rules for the permission matrix (merged into <see cref="EndpointRules"/>); the demo seed holds calls and a recording.</summary>
public static class VoiceEndpointRules
{
    public static readonly Dictionary<string, EndpointRules.RequestFactory> Rules = new()
    {
        ["GET /api/calls"] = _ => Get("/api/calls?pageSize=5"),
        ["GET /api/calls/{id:guid}"] = async admin => new(HttpMethod.Get, $"/api/calls/{(await FirstCallAsync(admin)).Id}"),
        ["GET /api/calls/recordings/{id:guid}"] = async admin => new(HttpMethod.Get, $"/api/calls/recordings/{await RecordingIdAsync(admin)}"),
        ["GET /api/calls/callbacks"] = _ => Get("/api/calls/callbacks"),
        // Completing twice is allowed (idempotent), so every allowed role succeeds on the same seeded task.
        ["POST /api/calls/callbacks/{id:guid}/complete"] = async admin =>
            new(HttpMethod.Post, $"/api/calls/callbacks/{(await (await admin.GetAsync("/api/calls/callbacks")).ShouldSucceedWith<List<CallbackTaskDto>>())[0].Id}/complete"),
        ["GET /api/prompts"] = _ => Get("/api/prompts"),
        ["GET /api/prompts/{id:guid}/audio"] = async admin =>
        {
            var prompt = await (await admin.PostAsJsonAsync("/api/prompts/generate", new GeneratePromptDto("matrix-play", "矩阵", "您好"), Json.Options))
                .ShouldSucceedWith<VoicePromptDto>();
            return new HttpRequestMessage(HttpMethod.Get, $"/api/prompts/{prompt.Id}/audio");
        },
        ["POST /api/prompts/generate"] = _ => Task.FromResult(JsonRequest(HttpMethod.Post, "/api/prompts/generate",
            new GeneratePromptDto("matrix-" + Guid.NewGuid().ToString("N")[..8], "矩阵测试", "请稍候"))),
        ["POST /api/prompts/upload"] = _ => Task.FromResult(Upload()),
        ["GET /api/interruptions"] = _ => Get("/api/interruptions"),
        ["GET /api/interruptions/{id:guid}"] = async admin => new(HttpMethod.Get, $"/api/interruptions/{(await CreateInterruptionAsync(admin)).Id}"),
        ["POST /api/interruptions"] = async admin => JsonRequest(HttpMethod.Post, "/api/interruptions", await NewInterruptionAsync(admin)),
        ["PUT /api/interruptions/{id:guid}"] = async admin =>
            JsonRequest(HttpMethod.Put, $"/api/interruptions/{(await CreateInterruptionAsync(admin)).Id}", await NewInterruptionAsync(admin)),
        ["POST /api/interruptions/{id:guid}/end"] = async admin => new(HttpMethod.Post, $"/api/interruptions/{(await CreateInterruptionAsync(admin)).Id}/end"),
    };

    private static Task<HttpRequestMessage> Get(string url) => Task.FromResult(new HttpRequestMessage(HttpMethod.Get, url));

    private static HttpRequestMessage JsonRequest<T>(HttpMethod method, string url, T body) =>
        new(method, url) { Content = JsonContent.Create(body, options: Json.Options) };

    private static async Task<CallRecordListItemDto> FirstCallAsync(HttpClient admin) =>
        (await (await admin.GetAsync("/api/calls")).ShouldSucceedWith<PagedResultDto<CallRecordListItemDto>>()).Items.First(c => c.RecordingCount > 0);

    private static async Task<Guid> RecordingIdAsync(HttpClient admin)
    {
        var call = await (await admin.GetAsync($"/api/calls/{(await FirstCallAsync(admin)).Id}")).ShouldSucceedWith<CallRecordDto>();
        return call.Recordings[0].Id;
    }

    private static async Task<CreateUpdateHeatingInterruptionDto> NewInterruptionAsync(HttpClient admin)
    {
        var station = (await (await admin.GetAsync("/api/stations")).ShouldSucceedWith<List<StationDto>>())[0];
        return new CreateUpdateHeatingInterruptionDto
        {
            StationId = station.Id, Communities = [], StartsAt = DateTimeOffset.UtcNow, ExpectedRestorationAt = DateTimeOffset.UtcNow.AddHours(4),
            Message = "矩阵测试停热",
        };
    }

    private static async Task<HeatingInterruptionDto> CreateInterruptionAsync(HttpClient admin) =>
        await (await admin.PostAsJsonAsync("/api/interruptions", await NewInterruptionAsync(admin), Json.Options)).ShouldSucceedWith<HeatingInterruptionDto>();

    /// <summary>A one-second 16 kHz tone as a WAV: converted to 8 kHz by sox on the way in.</summary>
    private static HttpRequestMessage Upload()
    {
        const int rate = 16000;
        using var stream = new MemoryStream();
        using (var w = new BinaryWriter(stream, System.Text.Encoding.ASCII, leaveOpen: true))
        {
            w.Write("RIFF"u8); w.Write(36 + rate * 2); w.Write("WAVE"u8);
            w.Write("fmt "u8); w.Write(16); w.Write((short)1); w.Write((short)1); w.Write(rate); w.Write(rate * 2); w.Write((short)2); w.Write((short)16);
            w.Write("data"u8); w.Write(rate * 2);
            for (var i = 0; i < rate; i++) w.Write((short)(4000 * Math.Sin(2 * Math.PI * 440 * i / rate)));
        }
        var file = new ByteArrayContent(stream.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("audio/wav");
        return new HttpRequestMessage(HttpMethod.Post, "/api/prompts/upload")
        {
            Content = new MultipartFormDataContent
            {
                { file, "file", "tone.wav" },
                { new StringContent("matrix-upload-" + Guid.NewGuid().ToString("N")[..8]), "key" },
                { new StringContent("矩阵上传"), "name" },
            },
        };
    }
}
