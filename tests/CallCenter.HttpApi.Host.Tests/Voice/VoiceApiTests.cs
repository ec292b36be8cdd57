using CallCenter.Calls;
using CallCenter.Common;
using CallCenter.Errors;
using CallCenter.Interruptions;
using CallCenter.Stations;

namespace CallCenter.Voice;

[Collection(ApiCollection.Name)]
public sealed class VoiceApiTests(CallCenterApiFactory factory) : IClassFixture<CallCenterApiFactory>
{
    [Fact]
    public async Task Should_Enter_Edit_And_End_An_Interruption_And_Refuse_Changes_Once_Ended()
    {
        var dispatcher = await factory.ClientForAsync("dispatcher");
        var station = (await (await dispatcher.GetAsync("/api/stations")).ShouldSucceedWith<List<StationDto>>())[0];
        var input = new CreateUpdateHeatingInterruptionDto
        {
            StationId = station.Id, Communities = ["阳光小区", "阳光小区", " "], StartsAt = DateTimeOffset.UtcNow.AddMinutes(-5),
            ExpectedRestorationAt = DateTimeOffset.UtcNow.AddHours(3), Message = "管道抢修",
        };

        var created = await (await dispatcher.PostAsJsonAsync("/api/interruptions", input, Json.Options)).ShouldSucceedWith<HeatingInterruptionDto>();
        created.Communities.ShouldBe(["阳光小区"]);
        created.IsActive.ShouldBeTrue();
        created.StationName.ShouldBe(station.Name);
        var edited = await (await dispatcher.PutAsJsonAsync($"/api/interruptions/{created.Id}", input with { Message = "管道抢修，今晚恢复" }, Json.Options))
            .ShouldSucceedWith<HeatingInterruptionDto>();
        edited.Message.ShouldBe("管道抢修，今晚恢复");
        var ended = await (await dispatcher.PostAsync($"/api/interruptions/{created.Id}/end", null)).ShouldSucceedWith<HeatingInterruptionDto>();
        ended.EndedAt.ShouldNotBeNull();
        ended.IsActive.ShouldBeFalse();

        await (await dispatcher.PutAsJsonAsync($"/api/interruptions/{created.Id}", input, Json.Options))
            .ShouldBeProblem(HttpStatusCode.Conflict, VoiceErrorCodes.InterruptionEnded);
        var active = await (await dispatcher.GetAsync("/api/interruptions?activeOnly=true")).ShouldSucceedWith<List<HeatingInterruptionDto>>();
        active.ShouldNotContain(i => i.Id == created.Id);
    }

    [Fact]
    public async Task Should_Reject_An_Interruption_Without_Message_Or_With_Restoration_Before_Start_Storing_Nothing()
    {
        var dispatcher = await factory.ClientForAsync("dispatcher");
        var station = (await (await dispatcher.GetAsync("/api/stations")).ShouldSucceedWith<List<StationDto>>())[0];
        var before = (await (await dispatcher.GetAsync("/api/interruptions")).ShouldSucceedWith<List<HeatingInterruptionDto>>()).Count;
        var now = DateTimeOffset.UtcNow;

        var errors = await (await dispatcher.PostAsJsonAsync("/api/interruptions", new CreateUpdateHeatingInterruptionDto
        {
            StationId = station.Id, StartsAt = now, ExpectedRestorationAt = now.AddHours(1), Message = "",
        }, Json.Options)).ShouldBeProblem(HttpStatusCode.BadRequest, CallCenterErrorCodes.ValidationFailed);
        errors.ShouldContainKey("message");
        await (await dispatcher.PostAsJsonAsync("/api/interruptions", new CreateUpdateHeatingInterruptionDto
        {
            StationId = station.Id, StartsAt = now, ExpectedRestorationAt = now.AddHours(-1), Message = "x",
        }, Json.Options)).ShouldBeProblem(HttpStatusCode.BadRequest, VoiceErrorCodes.RestorationBeforeStart);
        await (await dispatcher.PostAsJsonAsync("/api/interruptions", new CreateUpdateHeatingInterruptionDto
        {
            StationId = Guid.NewGuid(), StartsAt = now, ExpectedRestorationAt = now.AddHours(1), Message = "x",
        }, Json.Options)).ShouldBeProblem(HttpStatusCode.BadRequest, VoiceErrorCodes.UnknownStation);

        (await (await dispatcher.GetAsync("/api/interruptions")).ShouldSucceedWith<List<HeatingInterruptionDto>>()).Count.ShouldBe(before);
    }

    [Fact]
    public async Task Should_Generate_A_Prompt_Play_It_And_Refuse_An_Upload_That_Is_Not_Audio()
    {
        var admin = await factory.ClientForAsync("admin");

        var prompt = await (await admin.PostAsJsonAsync("/api/prompts/generate", new GeneratePromptDto("api-test", "测试", "请稍候，正在为您查询。"), Json.Options))
            .ShouldSucceedWith<VoicePromptDto>();
        prompt.Source.ShouldBe(PromptSource.Generated);
        prompt.DurationMs.ShouldBeGreaterThan(500);
        var audio = await admin.GetAsync($"/api/prompts/{prompt.Id}/audio");
        audio.EnsureSuccessStatusCode();
        audio.Content.Headers.ContentType!.MediaType.ShouldBe("audio/wav");
        var bytes = await audio.Content.ReadAsByteArrayAsync();
        System.Text.Encoding.ASCII.GetString(bytes, 0, 4).ShouldBe("RIFF");
        BitConverter.ToInt32(bytes, 24).ShouldBe(8000);

        var garbage = new MultipartFormDataContent
        {
            { new ByteArrayContent("not audio"u8.ToArray()), "file", "x.wav" },
            { new StringContent("api-garbage"), "key" },
            { new StringContent("坏文件"), "name" },
        };
        var errors = await (await admin.PostAsync("/api/prompts/upload", garbage)).ShouldBeProblem(HttpStatusCode.BadRequest, VoiceErrorCodes.PromptAudioInvalid);
        errors.ShouldContainKey("file");
        var list = await (await admin.GetAsync("/api/prompts")).ShouldSucceedWith<List<VoicePromptDto>>();
        list.ShouldNotContain(p => p.Key == "api-garbage");
        await (await admin.PostAsJsonAsync("/api/prompts/generate", new GeneratePromptDto("Bad Key!", "x", "y"), Json.Options))
            .ShouldBeProblem(HttpStatusCode.BadRequest, CallCenterErrorCodes.ValidationFailed);
    }

    [Fact]
    public async Task Should_Find_The_Seeded_Calls_By_Number_And_Date_With_Their_Path_And_Recording()
    {
        var supervisor = await factory.ClientForAsync("supervisor");
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).DateTime);

        var page = await (await supervisor.GetAsync($"/api/calls?number=138-0013-8000&from={today.AddDays(-1):yyyy-MM-dd}&to={today:yyyy-MM-dd}"))
            .ShouldSucceedWith<PagedResultDto<CallRecordListItemDto>>();
        var item = page.Items.ShouldHaveSingleItem();
        item.Digits.ShouldBe("1");
        var call = await (await supervisor.GetAsync($"/api/calls/{item.Id}")).ShouldSucceedWith<CallRecordDto>();
        call.Path.Select(s => s.Kind).ShouldContain("Menu");
        var recording = await supervisor.GetAsync($"/api/calls/recordings/{call.Recordings.ShouldHaveSingleItem().Id}");
        recording.EnsureSuccessStatusCode();
        recording.Content.Headers.ContentType!.MediaType.ShouldBe("audio/wav");
        var none = await (await supervisor.GetAsync($"/api/calls?number=13800138000&from={today.AddDays(5):yyyy-MM-dd}"))
            .ShouldSucceedWith<PagedResultDto<CallRecordListItemDto>>();
        none.TotalCount.ShouldBe(0);
    }
}
