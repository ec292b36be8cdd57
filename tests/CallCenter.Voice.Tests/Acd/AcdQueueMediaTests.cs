using CallCenter.Acd;
using CallCenter.Calls;
using CallCenter.Telephony.Tests.Support;
using CallCenter.Voice.Tests.Acd.Support;
using CallCenter.Voice.Tests.Ivr;
using CallCenter.Voice.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Voice.Tests.Acd;

/// <summary>
/// What a caller in a queue hears and where the queue sends them when nobody is Ready: music and the position
/// announcement measured at the caller's own RTP socket, the abandon with its wait, and the overflow the queue places
/// itself (to a number, to voicemail).
/// </summary>
[Collection(VoiceCollection.Name)]
public class AcdQueueMediaTests(VoiceHostFixture host)
{
    private const string General = "综合组";

    [Fact]
    public async Task Should_Play_Music_And_The_Position_Announcement_With_No_Agent_Ready_And_Store_The_Abandon_With_Its_Wait()
    {
        await using var bed = new AcdTestBed(host);
        await bed.ConfigureQueueAsync(General, q => q with { AnnounceEverySeconds = 3, CallbackEnabled = true, MaxWaitSeconds = 0 });
        (await bed.Desk.LoginAsync(bed.Agent("8001").UserId, null)).Succeeded.ShouldBeTrue(); // logged in, NotReady: the queue may be joined
        await using var ear = new RtpProbe();
        var caller = IvrCall.NewCaller();
        // DTMF by SIP INFO: sipp sends no RTP at all, everything the probe records came from the node.
        var scenario = new SippScenario(caller, pcapDtmf: false) { MediaPort = ear.Port }.Pause(1500).InfoDtmf("0").Pause(12000);

        var sipp = await IvrCall.PlaceAsync(host, scenario);

        sipp.ExitCode.ShouldBe(0, sipp.Describe());
        var call = await host.EndedCallAsync(c => c.CallerNumber == caller);
        var text = string.Join(" → ", call.Steps());
        var queued = call.Path.First(s => s.Kind == "Enqueue" && s.Detail == General);
        var announced = call.Path.FirstOrDefault(s => s.Kind == "QueueAnnouncement" && s.Detail == "position 1, callback offer");
        announced.ShouldNotBeNull(text);
        var played = call.Path.FirstOrDefault(s => s.Kind == "QueueAnnouncement" && s.Detail == "played" && s.At > announced.At);
        played.ShouldNotBeNull(text);
        (played.At - announced.At).ShouldBeGreaterThan(TimeSpan.FromSeconds(2), text); // "您是下一位…如需回电，请按1。" is several seconds of speech

        // Music between joining and the first announcement (3 s), the announcement in its own window: both audible.
        var music = ear.Level(queued.At.AddMilliseconds(500), announced.At.AddMilliseconds(-200));
        music.Packets.ShouldBeGreaterThan(50, "music-on-hold RTP reached the caller");
        music.RmsDb.ShouldBeGreaterThan(-40, "the music on hold is not silent");
        var speech = ear.Level(announced.At.AddMilliseconds(200), played.At.AddMilliseconds(-200));
        speech.Packets.ShouldBeGreaterThan(50, "the announcement's RTP reached the caller");
        speech.RmsDb.ShouldBeGreaterThan(-40, "the announcement is not silent");

        var events = await bed.EventsAsync(call.Id);
        events.Select(e => e.Kind).ShouldBe([QueueEventKind.EnterQueue, QueueEventKind.Abandon], string.Join(", ", events.Select(e => e.Kind)));
        events[1].WaitMs.ShouldNotBeNull().ShouldBeGreaterThan(8000); // about 12 s in the queue, less the menu
        call.Steps().ShouldContain(s => s.StartsWith("Enqueue:abandoned after", StringComparison.Ordinal), text);
    }

    [Fact]
    public async Task Should_Not_Offer_Or_Take_A_Callback_From_An_Anonymous_Caller()
    {
        await using var bed = new AcdTestBed(host);
        await bed.ConfigureQueueAsync(General, q => q with { AnnounceEverySeconds = 2, CallbackEnabled = true, MaxWaitSeconds = 0 });
        (await bed.Desk.LoginAsync(bed.Agent("8001").UserId, null)).Succeeded.ShouldBeTrue();
        var startedAfter = DateTimeOffset.UtcNow;

        // 1 pressed while waiting: with no number to call back, the caller simply goes on waiting until they hang up.
        var sipp = await IvrCall.PlaceAsync(host, new SippScenario("anonymous", pcapDtmf: false).Pause(1500).PlayDtmf("0").Pause(3000).PlayDtmf("1").Pause(4000));

        sipp.ExitCode.ShouldBe(0, sipp.Describe());
        var call = await host.EndedCallAsync(c => c.CallerNumber == "anonymous" && c.StartedAt >= startedAfter);
        var text = string.Join(" → ", call.Steps());
        call.Steps().ShouldContain("QueueAnnouncement:position 1", text); // no ", callback offer"
        call.Steps().ShouldNotContain(s => s.Contains("callback", StringComparison.Ordinal), text);
        var events = await bed.EventsAsync(call.Id);
        events.Select(e => e.Kind).ShouldBe([QueueEventKind.EnterQueue, QueueEventKind.Abandon], string.Join(", ", events.Select(e => e.Kind)));
    }

    [Fact]
    public async Task Should_Transfer_To_The_Overflow_Number_When_The_Maximum_Wait_Passes()
    {
        await using var bed = new AcdTestBed(host);
        await using var target = await SippUas.StartAsync("bridge-target-answer.xml");
        var number = $"sip:overflow@127.0.0.1:{target.Port}";
        await bed.ConfigureQueueAsync(General, q => q with
        {
            MaxWaitSeconds = 3, OverflowKind = QueueOverflowKind.Number, OverflowTarget = number, AnnounceEverySeconds = 0,
        });
        (await bed.Desk.LoginAsync(bed.Agent("8001").UserId, null)).Succeeded.ShouldBeTrue();
        var caller = IvrCall.NewCaller();

        var sipp = await IvrCall.PlaceAsync(host, new SippScenario(caller, pcapDtmf: false).Pause(1500).PlayDtmf("0").Pause(10000), extraArgs: "-rtp_echo");

        sipp.ExitCode.ShouldBe(0, sipp.Describe());
        var uas = await target.WaitAsync();
        uas.ExitCode.ShouldBe(0, uas.Describe());
        uas.Received("BYE").ShouldBe(1); // the caller's hang-up ended the bridged leg
        var call = await host.EndedCallAsync(c => c.CallerNumber == caller);
        var text = string.Join(" → ", call.Steps());
        call.Steps().ShouldContain(s => s.StartsWith("Enqueue:overflow Number after", StringComparison.Ordinal), text);
        call.Steps().ShouldContain($"Enqueue:overflow to {number}: Answered", text);
        call.Path.ShouldContain(s => s.Kind == "Bridge" && s.Detail == $"answered {number}", text);
        // The flow's own Overflow branch (a recorded message in ivr-main) did not run: the queue placed the overflow.
        call.Path.ShouldNotContain(s => s.Kind == "RecordMessage", text);
        var events = await bed.EventsAsync(call.Id);
        events.Select(e => e.Kind).ShouldBe([QueueEventKind.EnterQueue, QueueEventKind.Overflow], string.Join(", ", events.Select(e => e.Kind)));
        events[1].WaitMs.ShouldNotBeNull().ShouldBeGreaterThan(2500); // max wait 3 s (timer resolution: 2998 ms seen)
    }

    [Fact]
    public async Task Should_Record_A_Message_With_A_Callback_Task_When_The_Queue_Overflows_To_Voicemail()
    {
        await using var bed = new AcdTestBed(host);
        await bed.ConfigureQueueAsync(General, q => q with
        {
            MaxWaitSeconds = 3, OverflowKind = QueueOverflowKind.Voicemail, OverflowTarget = null, AnnounceEverySeconds = 0,
        });
        (await bed.Desk.LoginAsync(bed.Agent("8001").UserId, null)).Succeeded.ShouldBeTrue();
        var caller = IvrCall.NewCaller();

        // 3 s in the queue, the intro and the beep, then a few seconds of message before the caller hangs up.
        var sipp = await IvrCall.PlaceAsync(host, new SippScenario(caller, pcapDtmf: true).Pause(1500).PcapKey('0').PcapSpeech().PcapSpeech().PcapSpeech());

        sipp.ExitCode.ShouldBe(0, sipp.Describe());
        var call = await host.EndedCallAsync(c => c.CallerNumber == caller);
        var text = string.Join(" → ", call.Steps());
        call.Steps().ShouldContain(s => s.StartsWith("Enqueue:overflow voicemail ", StringComparison.Ordinal) && s.EndsWith(" ms", StringComparison.Ordinal), text);
        call.Path.ShouldNotContain(s => s.Kind == "RecordMessage", text); // the flow's branch did not record a second message
        var voicemail = call.Recordings.ShouldHaveSingleItem(text);
        voicemail.Kind.ShouldBe("Voicemail");
        voicemail.DurationMs.ShouldBeGreaterThan(1000);
        using var scope = host.Services.CreateScope();
        var callbacks = await scope.ServiceProvider.GetRequiredService<ICallRecordAppService>().GetCallbacksAsync(CallbackStatus.Open);
        callbacks.Where(c => c.CallRecordId == call.Id).ShouldHaveSingleItem().Topic.ShouldBe("排队溢出留言：" + General);
        var events = await bed.EventsAsync(call.Id);
        events.Select(e => e.Kind).ShouldBe([QueueEventKind.EnterQueue, QueueEventKind.Overflow], string.Join(", ", events.Select(e => e.Kind)));
    }
}
