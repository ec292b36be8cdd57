using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using CallCenter.Acd;
using CallCenter.Errors;
using CallCenter.Telephony.Calls;
using CallCenter.Telephony.Tests.Support;
using CallCenter.Voice.Sessions;
using CallCenter.Voice.Tests.Acd.Support;
using CallCenter.Voice.Tests.Ivr;
using CallCenter.Voice.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Voice.Tests.Acd;

/// <summary>
/// Callers through ivr-main into 综合组 (key 0), agents on real baresip phones registered with digest, readied through
/// the desk: who rings, who answers, what both sides hear, and the queue events each call leaves.
/// </summary>
[Collection(VoiceCollection.Name)]
public partial class AcdCallTests(VoiceHostFixture host)
{
    private const string General = "综合组";

    [Fact]
    public async Task Should_Ring_The_Longest_Idle_Ready_Agent_Bridge_Both_Ways_And_Store_The_Events_With_Waits()
    {
        await using var bed = new AcdTestBed(host);
        await bed.ConfigureQueueAsync(General, q => q with { Strategy = RoutingStrategy.LongestIdle });
        var first = await bed.PhoneAsync("8001");
        await bed.PhoneAsync("8003");
        await bed.ReadyAsync("8001"); // ready first: idle the longest
        await Task.Delay(200);
        await bed.ReadyAsync("8003");
        var caller = IvrCall.NewCaller();
        var sessions = host.Services.GetRequiredService<CallSessionRegistry>();
        var scenario = new SippScenario(caller, pcapDtmf: false).Pause(1500).PlayDtmf("0").Pause(14000);

        var sippRun = IvrCall.PlaceAsync(host, scenario, extraArgs: "-rtp_echo");
        await AcdTestBed.Until(() => sessions.All.Any(s => s.Call.CallerNumber == caller && s.Call.Bridge is not null), 25, "bridged to an agent");
        var bridge = sessions.All.Single(s => s.Call.CallerNumber == caller).Call.Bridge!;
        bed.State("8001").ShouldBe(AgentState.OnCall);
        bed.State("8003").ShouldBe(AgentState.Ready);
        // Hold from the desk: the caller is put on the shared music, the agent is Hold; resumed, the conversation goes on.
        var agentId = bed.Agent("8001").UserId;
        (await bed.Desk.HoldAsync(agentId, hold: true)).Succeeded.ShouldBeTrue();
        bridge.IsOnHold.ShouldBeTrue();
        bed.State("8001").ShouldBe(AgentState.Hold);
        bed.Desk.Get(agentId)!.Call!.OnHold.ShouldBeTrue();
        await Task.Delay(500);
        (await bed.Desk.HoldAsync(agentId, hold: false)).Succeeded.ShouldBeTrue();
        bridge.IsOnHold.ShouldBeFalse();
        bed.State("8001").ShouldBe(AgentState.OnCall);
        var sipp = await sippRun;

        sipp.ExitCode.ShouldBe(0, sipp.Describe());
        bridge.NonSilentPacketsToCaller.ShouldBeGreaterThan(100); // the agent's microphone reached the caller
        bridge.NonSilentPacketsToTarget.ShouldBeGreaterThan(50); // and the caller's (echoed) audio reached the agent
        var call = await host.EndedCallAsync(c => c.CallerNumber == caller);
        var steps = call.Steps();
        var text = string.Join(" → ", steps);
        steps.ShouldContain("Menu:1:0", text);
        steps.ShouldContain($"Enqueue:{General}", text);
        steps.ShouldContain("Enqueue:answered by 8001", text);
        call.Path.ShouldContain(s => s.Kind == "Bridge" && s.Detail!.StartsWith("ended by caller", StringComparison.Ordinal), text);

        // Wrap-up: refused without a disposition, then Ready again; the Complete event closes the chain.
        await AcdTestBed.Until(() => bed.State("8001") == AgentState.WrapUp, 10, "wrap-up after the call");
        bed.Desk.EndWrapUp(agentId, difficult: false).ErrorCode.ShouldBe(AcdDeskErrorCodes.DispositionRequired);
        bed.Desk.DispositionRecorded(agentId, call.Id, Guid.NewGuid(), resolvedFirstContact: true).Succeeded.ShouldBeTrue();
        bed.Desk.EndWrapUp(agentId, difficult: false).Succeeded.ShouldBeTrue();
        bed.State("8001").ShouldBe(AgentState.Ready);

        var events = await bed.EventsAsync(call.Id);
        events.Select(e => e.Kind).ShouldBe([QueueEventKind.EnterQueue, QueueEventKind.RingAgent, QueueEventKind.Connect, QueueEventKind.Hold,
                QueueEventKind.Unhold, QueueEventKind.Complete],
            string.Join(", ", events.Select(e => e.Kind)));
        events.Skip(1).ShouldAllBe(e => e.AgentId == agentId);
        events.ShouldAllBe(e => e.QueueId == bed.Queue(General).Id);
        events[2].WaitMs.ShouldNotBeNull().ShouldBeGreaterThan(0);
        events[5].TalkMs.ShouldNotBeNull().ShouldBeGreaterThan(5000);
        events[5].WrapMs.ShouldNotBeNull().ShouldBeGreaterThanOrEqualTo(0);

        // The conversation is recorded (stereo, caller left / agent right) and stored on the call record.
        CallCenter.Calls.CallRecordingDto? recording = null;
        for (var i = 0; i < 100 && recording is null; i++)
        {
            using var scope = host.Services.CreateScope();
            recording = (await scope.ServiceProvider.GetRequiredService<CallCenter.Calls.ICallRecordAppService>().GetAsync(call.Id)).Recordings
                .SingleOrDefault(r => r.Kind == "Conversation");
            if (recording is null) await Task.Delay(100);
        }
        recording.ShouldNotBeNull("the conversation's recording was not stored");
        recording.DurationMs.ShouldBeGreaterThan(5000);

        await first.QuitAsync();
        var heard = first.ReceivedAudioFiles().ShouldHaveSingleItem();
        (await SoxRmsAsync(heard)).ShouldBeGreaterThan(-45, $"{heard}: the agent heard silence");
    }

    [Fact]
    public async Task Should_Move_An_Unanswered_Call_To_The_Next_Agent_And_Set_An_Agent_NotReady_After_Repeated_Misses()
    {
        await using var bed = new AcdTestBed(host);
        await bed.ConfigureQueueAsync(General, q => q with { Strategy = RoutingStrategy.LongestIdle, RingTimeoutSeconds = 5, WrapUpSeconds = 60 });
        await bed.ConfigureSettingsAsync(s => s with { MissesBeforeNotReady = 2 });
        await bed.PhoneAsync("8001", autoAnswer: false); // rings, never answers
        await bed.PhoneAsync("8003");
        await bed.ReadyAsync("8001");
        await Task.Delay(200);
        await bed.ReadyAsync("8003");
        var sessions = host.Services.GetRequiredService<CallSessionRegistry>();

        var caller = IvrCall.NewCaller();
        var sipp = await IvrCall.PlaceAsync(host, new SippScenario(caller, pcapDtmf: false).Pause(1500).PlayDtmf("0").Pause(10000));
        sipp.ExitCode.ShouldBe(0, sipp.Describe());
        var call = await host.EndedCallAsync(c => c.CallerNumber == caller);
        var text = string.Join(" → ", call.Steps());
        call.Steps().ShouldContain("Enqueue:missed 8001: ring timeout", text);
        call.Steps().ShouldContain("Enqueue:answered by 8003", text);
        var events = await bed.EventsAsync(call.Id);
        var kinds = events.Select(e => $"{e.Kind}:{e.AgentId}").ToList();
        var first = bed.Agent("8001").UserId;
        var second = bed.Agent("8003").UserId;
        kinds.ShouldBe([$"EnterQueue:", $"RingAgent:{first}", $"RingNoAnswer:{first}", $"RingAgent:{second}", $"Connect:{second}"], string.Join(", ", kinds));
        bed.Acd.Router.GetAgent(first.ToString()).ConsecutiveMisses.ShouldBe(1);

        // 8003 is in wrap-up: the next caller can only ring 8001, whose second miss in a row makes them NotReady 未接.
        var caller2 = IvrCall.NewCaller();
        var waiting = IvrCall.PlaceAsync(host, new SippScenario(caller2, pcapDtmf: false).Pause(1500).PlayDtmf("0").Pause(12000));
        await AcdTestBed.Until(() => bed.State("8001") == AgentState.NotReady, 25, "NotReady after repeated misses");
        var desk = bed.Desk.Get(first)!;
        desk.NotReadyReason.ShouldBe("未接");
        (await waiting).ExitCode.ShouldBe(0);
        var abandoned = await host.EndedCallAsync(c => c.CallerNumber == caller2);
        var abandonEvents = await bed.EventsAsync(abandoned.Id);
        var abandon = abandonEvents.Last();
        abandon.Kind.ShouldBe(QueueEventKind.Abandon, string.Join(", ", abandonEvents.Select(e => e.Kind)));
        abandon.WaitMs.ShouldNotBeNull().ShouldBeGreaterThan(5000);
        abandonEvents.Count(e => e.Kind == QueueEventKind.RingNoAnswer).ShouldBe(1); // the first miss was on the earlier call
        sessions.Count.ShouldBe(0);
    }

    [Fact]
    public async Task Should_Ring_All_Agents_Connect_The_First_To_Answer_And_Cancel_The_Other_Phone()
    {
        await using var bed = new AcdTestBed(host);
        await bed.ConfigureQueueAsync(General, q => q with { Strategy = RoutingStrategy.RingAll, RingTimeoutSeconds = 10 });
        var slow = await bed.PhoneAsync("8003", autoAnswer: false);
        // Answered by hand once both phones ring: an auto-answer can win before a loaded machine sees the other leg.
        var fast = await bed.PhoneAsync("8001", autoAnswer: false);
        await bed.ReadyAsync("8003");
        await bed.ReadyAsync("8001");
        var endpoint = bed.Acd.Endpoint!;
        // Earlier tests' phones may still have bindings of 8003 (killed phones do not unregister): this phone's is the one from its port.
        var slowContact = endpoint.Registrar!.GetReachableContacts("8003").Single(b => b.Source.Port == slow.SipPort).ContactUri;
        var legs = new List<SipOutboundCall>();
        var caller = IvrCall.NewCaller();

        var sippRun = IvrCall.PlaceAsync(host, new SippScenario(caller, pcapDtmf: false).Pause(1500).PlayDtmf("0").Pause(8000));
        await AcdTestBed.Until(() =>
        {
            legs.AddRange(endpoint.ActiveOutboundCalls.Where(l => !legs.Contains(l)));
            return legs.Count >= 2;
        }, 25, "both phones rung");
        await Task.Delay(500); // the INVITE has reached baresip and it rings
        await fast.CommandAsync("accept");
        var sipp = await sippRun;

        sipp.ExitCode.ShouldBe(0, sipp.Describe());
        var call = await host.EndedCallAsync(c => c.CallerNumber == caller);
        call.Steps().ShouldContain("Enqueue:answered by 8001", string.Join(" → ", call.Steps()));
        var loser = legs.Single(l => l.TargetUri == slowContact);
        (await loser.Completion.WaitAsync(TimeSpan.FromSeconds(5))).ShouldBe(CallEndReason.Cancelled);
        loser.FinalStatus.ShouldBe(487); // baresip answered our CANCEL's INVITE with 487 Request Terminated
        var events = await bed.EventsAsync(call.Id);
        events.Count(e => e.Kind == QueueEventKind.RingAgent).ShouldBe(2);
        events.ShouldNotContain(e => e.Kind == QueueEventKind.RingNoAnswer); // losing a ring-all race is not a miss
        bed.State("8003").ShouldBe(AgentState.Ready);
        await slow.QuitAsync();
    }

    private static async Task<double> SoxRmsAsync(string wav)
    {
        var start = new ProcessStartInfo("sox") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in new[] { wav, "-n", "stats" }) start.ArgumentList.Add(a);
        using var sox = Process.Start(start)!;
        var report = await sox.StandardError.ReadToEndAsync();
        await sox.WaitForExitAsync();
        var match = RmsLevel().Match(report);
        match.Success.ShouldBeTrue(report);
        return match.Groups[1].Value == "-inf" ? double.NegativeInfinity : double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"RMS lev dB\s+(-?[\d.]+|-inf)")]
    private static partial Regex RmsLevel();
}
