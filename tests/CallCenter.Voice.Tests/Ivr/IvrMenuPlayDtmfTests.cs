using CallCenter.Calls;
using CallCenter.Customers;
using CallCenter.Interruptions;
using CallCenter.Voice.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Voice.Tests.Ivr;

/// <summary>sipp's own RFC 4733 generator (play_dtmf: payload type 96 from the offer, plus type-97 fillers) drives ivr-main.json.</summary>
[Collection(VoiceCollection.Name)]
public class IvrMenuPlayDtmfTests(VoiceHostFixture host)
{
    [Theory]
    [InlineData("2", "fees", "fees-policy")]
    [InlineData("3", "complaint", "complaint")]
    public async Task Should_Take_The_Branch_Of_The_Key_And_Open_A_Callback(string key, string recordActivity, string topic)
    {
        var caller = IvrCall.NewCaller();
        var scenario = new SippScenario(caller, pcapDtmf: false).Pause(1500).PlayDtmf(key).Pause(9000);

        var sipp = await IvrCall.PlaceAsync(host, scenario);

        sipp.ExitCode.ShouldBe(0, sipp.Describe());
        var call = await host.EndedCallAsync(c => c.CallerNumber == caller);
        call.ShouldStartLikeTheMainIvr();
        call.Digits.ShouldBe(key);
        call.Steps().ShouldContain($"Menu:1:{key}");
        call.Path.Last(s => s.Kind == "RecordMessage").ActivityId.ShouldBe(recordActivity);
        call.Recordings.Count.ShouldBe(1, string.Join(" → ", call.Path.Select(s => $"{s.Kind}:{s.Detail}@{s.At:HH:mm:ss.fff}")) + $" answered {call.AnsweredAt:HH:mm:ss.fff} ended {call.EndedAt:HH:mm:ss.fff}");
        using var scope = host.Services.CreateScope();
        var callbacks = await scope.ServiceProvider.GetRequiredService<ICallRecordAppService>().GetCallbacksAsync(null);
        callbacks.Where(c => c.CallRecordId == call.Id).ShouldHaveSingleItem().Topic.ShouldBe(topic);
    }

    [Fact]
    public async Task Should_Report_11_Hash_As_Three_Keys_Each_Once()
    {
        var caller = IvrCall.NewCaller();
        var scenario = new SippScenario(caller, pcapDtmf: false).Pause(1500).PlayDtmf("11#").Pause(5000);

        var sipp = await IvrCall.PlaceAsync(host, scenario);

        sipp.ExitCode.ShouldBe(0, sipp.Describe());
        var call = await host.EndedCallAsync(c => c.CallerNumber == caller);
        call.Digits.ShouldBe("11#");
        call.Steps().ShouldContain("Menu:1:1");
        call.Path.Last(s => s.Kind == "RecordMessage").ActivityId.ShouldBe("repair");
    }

    [Fact]
    public async Task Should_Reprompt_After_An_Invalid_Key_And_Take_The_Next_One()
    {
        var caller = IvrCall.NewCaller();
        var scenario = new SippScenario(caller, pcapDtmf: false).Pause(1500).PlayDtmf("9").Pause(1500).PlayDtmf("2").Pause(6000);

        var sipp = await IvrCall.PlaceAsync(host, scenario);

        sipp.ExitCode.ShouldBe(0, sipp.Describe());
        var call = await host.EndedCallAsync(c => c.CallerNumber == caller);
        call.Digits.ShouldBe("92");
        var menus = call.Steps().Where(s => s.StartsWith("Menu:", StringComparison.Ordinal)).ToList();
        menus.ShouldBe(["Menu:1:Invalid 9", "Menu:2:2"]);
        call.Path.Last(s => s.Kind == "RecordMessage").ActivityId.ShouldBe("fees");
    }

    [Fact]
    public async Task Should_Transfer_Key_0_To_The_Configured_Agent_Number_By_Refer()
    {
        var caller = IvrCall.NewCaller();
        var scenario = new SippScenario(caller, pcapDtmf: false, allowRefer: true).Pause(1500).PlayDtmf("0").ExpectReferThenBye();

        var sipp = await IvrCall.PlaceAsync(host, scenario);

        sipp.ExitCode.ShouldBe(0, sipp.Describe());
        sipp.Messages.ShouldContain("Refer-To: <sip:8000@127.0.0.1:5999>");
        var call = await host.EndedCallAsync(c => c.CallerNumber == caller);
        call.Digits.ShouldBe("0");
        call.Steps().ShouldContain("Menu:1:0");
        call.Steps().ShouldContain("TransferToNumber:sip:8000@127.0.0.1:5999");
        call.Steps().ShouldContain("TransferToNumber:REFER 202");
        call.EndReason.ShouldBe("LocalHangup");
        call.Recordings.ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_Read_The_Outage_Notice_To_A_Known_Caller_In_An_Interrupted_Community()
    {
        Guid interruptionId;
        var testStart = DateTimeOffset.UtcNow;
        using (var scope = host.Services.CreateScope())
        {
            var household = (await scope.ServiceProvider.GetRequiredService<IHouseholdAppService>().GetListAsync(new GetHouseholdsInput { Filter = "1000000001" }))
                .Items.ShouldHaveSingleItem();
            household.StationId.ShouldNotBeNull();
            // The demo seed's interruption would be read first: this test wants its own.
            var interruptions = scope.ServiceProvider.GetRequiredService<IHeatingInterruptionAppService>();
            foreach (var open in await interruptions.GetListAsync(activeOnly: true)) await interruptions.EndAsync(open.Id);
            var created = await scope.ServiceProvider.GetRequiredService<IHeatingInterruptionAppService>().CreateAsync(new CreateUpdateHeatingInterruptionDto
            {
                StationId = household.StationId!.Value, Communities = ["阳光小区"], StartsAt = DateTimeOffset.UtcNow.AddHours(-1),
                ExpectedRestorationAt = DateTimeOffset.UtcNow.AddHours(5), Message = "阳光小区因管道抢修暂停供热",
            });
            interruptionId = created.Id;
        }
        try
        {
            var scenario = new SippScenario("13800138000", pcapDtmf: false).Pause(1500).PlayDtmf("3").Pause(6000);

            var sipp = await IvrCall.PlaceAsync(host, scenario);

            sipp.ExitCode.ShouldBe(0, sipp.Describe());
            // The demo seed holds an older call from this number: take this test's.
            var call = await host.EndedCallAsync(c => c.CallerNumber == "13800138000" && c.StartedAt >= testStart);
            call.Steps().ShouldContain("LookupCaller:1000000001");
            call.Steps().ShouldContain($"PlayOutageNotice:{interruptionId}");
            call.HouseholdId.ShouldNotBeNull();
            call.Steps().ShouldContain("Menu:1:3");
        }
        finally
        {
            using var scope = host.Services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<IHeatingInterruptionAppService>().EndAsync(interruptionId);
        }
    }
}
