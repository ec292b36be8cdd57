using CallCenter.Calendars;
using CallCenter.Calls;
using CallCenter.Voice.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Voice.Tests.Ivr;

/// <summary>The company calendar decides: on a public holiday the caller hears the after-hours message and may leave one.</summary>
[Collection(VoiceCollection.Name)]
public class IvrBusinessHoursTests(VoiceHostFixture host)
{
    [Fact]
    public async Task Should_Take_The_Closed_Branch_On_A_Holiday_And_Record_An_After_Hours_Message()
    {
        BusinessCalendarDto before;
        using (var scope = host.Services.CreateScope())
        {
            var calendar = scope.ServiceProvider.GetRequiredService<IBusinessCalendarAppService>();
            before = await calendar.GetAsync();
            var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById(before.TimeZone)).DateTime);
            await calendar.UpdateAsync(new UpdateBusinessCalendarDto
            {
                Name = before.Name, TimeZone = before.TimeZone, WorkingHours = before.WorkingHours, ConcurrencyStamp = before.ConcurrencyStamp,
                SpecialDays = [new SpecialDayDto(today, SpecialDayKind.Holiday, "测试假日")],
            });
        }
        try
        {
            var caller = IvrCall.NewCaller();
            // The after-hours prompt is long (~11 s); the caller then speaks a little and hangs up.
            var scenario = new SippScenario(caller, pcapDtmf: true).Pause(12500).PcapSpeech();

            var sipp = await IvrCall.PlaceAsync(host, scenario);

            sipp.ExitCode.ShouldBe(0, sipp.Describe());
            var call = await host.EndedCallAsync(c => c.CallerNumber == caller);
            call.Steps().ShouldContain("CheckBusinessHours:Closed (测试假日)");
            call.Steps().ShouldNotContain(s => s.StartsWith("Menu:", StringComparison.Ordinal));
            call.Path.Last(s => s.Kind == "RecordMessage").ActivityId.ShouldBe("closed");
            call.Recordings.ShouldHaveSingleItem();
            using var scope = host.Services.CreateScope();
            var callbacks = await scope.ServiceProvider.GetRequiredService<ICallRecordAppService>().GetCallbacksAsync(CallbackStatus.Open);
            callbacks.Where(c => c.CallRecordId == call.Id).ShouldHaveSingleItem().Topic.ShouldBe("after-hours");
        }
        finally
        {
            using var scope = host.Services.CreateScope();
            var calendar = scope.ServiceProvider.GetRequiredService<IBusinessCalendarAppService>();
            var current = await calendar.GetAsync();
            await calendar.UpdateAsync(new UpdateBusinessCalendarDto
            {
                Name = current.Name, TimeZone = current.TimeZone, WorkingHours = current.WorkingHours, SpecialDays = [],
                ConcurrencyStamp = current.ConcurrencyStamp,
            });
        }
    }
}
