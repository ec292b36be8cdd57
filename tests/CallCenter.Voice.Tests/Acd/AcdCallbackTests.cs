using CallCenter.Acd;
using CallCenter.Telephony.Calls;
using CallCenter.Telephony.Tests.Support;
using CallCenter.Voice.Sessions;
using CallCenter.Voice.Tests.Acd.Support;
using CallCenter.Voice.Tests.Ivr;
using CallCenter.Voice.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Voice.Tests.Acd;

/// <summary>
/// Queued callback (ADR 0600 D5) end to end: a sipp caller presses 1 in 综合组 and is hung up; when the agent goes Ready
/// the agent's baresip rings and answers first, then the node calls the customer's number (a sipp UAS) and bridges them.
/// </summary>
[Collection(VoiceCollection.Name)]
public class AcdCallbackTests(VoiceHostFixture host)
{
    private const string General = "综合组";

    [Fact]
    public async Task Should_Keep_The_Place_Of_A_Caller_Who_Pressed_1_Ring_The_Agent_First_Then_Call_The_Customer_And_Connect_Them()
    {
        await using var bed = new AcdTestBed(host);
        await bed.ConfigureQueueAsync(General, q => q with { CallbackEnabled = true, AnnounceEverySeconds = 0, MaxWaitSeconds = 0, WrapUpSeconds = 60 });
        var agentId = bed.Agent("8001").UserId;
        var phone = await bed.PhoneAsync("8001");
        (await bed.Desk.LoginAsync(agentId, null)).Succeeded.ShouldBeTrue(); // NotReady: callers wait
        var options = host.Services.GetRequiredService<VoiceOptions>();
        var sessions = host.Services.GetRequiredService<CallSessionRegistry>();
        await using var customer = await SippUas.StartAsync("bridge-target-answer.xml", timeoutSeconds: 90);
        var first = IvrCall.NewCaller();
        // The node reaches the customer's number the way it reaches any number (Voice:TransferTargets / TransferDomain / TransferProxy).
        options.TransferTargets[first] = $"sip:{first}@127.0.0.1:{customer.Port}";
        try
        {
            // 1. The first caller waits, presses 1, hears the confirmation and is hung up by the node.
            var requested = await IvrCall.PlaceAsync(host,
                new SippScenario(first, pcapDtmf: false).Pause(1500).PlayDtmf("0").Pause(2500).PlayDtmf("1").WaitForByeFromNode());
            requested.ExitCode.ShouldBe(0, requested.Describe());
            var firstCall = await host.EndedCallAsync(c => c.CallerNumber == first);
            var text = string.Join(" → ", firstCall.Steps());
            firstCall.Steps().ShouldContain(s => s.StartsWith("Enqueue:callback requested after", StringComparison.Ordinal), text);
            firstCall.Path.ShouldNotContain(s => s.Kind == "Bridge", text);

            // 2. A second caller joins behind the callback entry, on the line.
            var second = IvrCall.NewCaller();
            var secondRun = IvrCall.PlaceAsync(host, new SippScenario(second, pcapDtmf: false).Pause(1500).PlayDtmf("0").Pause(40000), timeoutSeconds: 90,
                extraArgs: "-rtp_echo");
            var queueId = bed.Queue(General).Id.ToString();
            await AcdTestBed.Until(() => bed.Acd.Router.WaitingCount(queueId) == 2, 25, "the callback and the second caller both waiting");
            var secondSession = sessions.All.Single(s => s.Call.CallerNumber == second);
            bed.Acd.Router.Position(secondSession.Id).ShouldBe(2, "the callback keeps the first place");

            // 3. The agent goes Ready: the callback is served first — agent's phone, then the customer.
            bed.Desk.SetReady(agentId).Succeeded.ShouldBeTrue();
            CallBridge? bridge = null;
            await AcdTestBed.Until(() => (bridge = bed.Acd.ConversationOf(agentId)) is not null, 30, "agent and customer bridged");
            bridge!.CalledBack.ShouldNotBeNull("the customer leg is one the node placed");
            bridge.CalledBack.TargetUri.ShouldBe(options.TransferTargets[first]);
            bridge.CalledBack.StartedAt.ShouldBeGreaterThanOrEqualTo(bridge.Target.AnsweredAt!.Value, "the agent answered before the customer was dialled");
            var desk = bed.Desk.Get(agentId)!;
            desk.State.ShouldBe(AgentState.OnCall);
            desk.Call!.Callback.ShouldBeTrue();
            desk.Call.CallRecordId.ShouldBe(firstCall.Id);
            bed.Acd.Router.Position(secondSession.Id).ShouldBe(1, "the second caller still waits, now first in line");
            await AcdTestBed.Until(() => bridge.NonSilentPacketsToCaller > 100 && bridge.NonSilentPacketsToTarget > 50, 15, "audio both ways");

            // 4. The agent hangs up; the customer's leg gets BYE; wrap-up; then the second caller is put through.
            (await bed.Desk.HangupAsync(agentId)).Succeeded.ShouldBeTrue();
            var uas = await customer.WaitAsync();
            uas.ExitCode.ShouldBe(0, uas.Describe());
            await AcdTestBed.Until(() => bed.State("8001") == AgentState.WrapUp, 10, "wrap-up after the callback");
            bed.Desk.DispositionRecorded(agentId, firstCall.Id, Guid.NewGuid(), resolvedFirstContact: true).Succeeded.ShouldBeTrue();
            bed.Desk.EndWrapUp(agentId, difficult: false).Succeeded.ShouldBeTrue();
            var secondSipp = await secondRun;
            secondSipp.ExitCode.ShouldBe(0, secondSipp.Describe());
            var secondCall = await host.EndedCallAsync(c => c.CallerNumber == second);
            secondCall.Steps().ShouldContain("Enqueue:answered by 8001", string.Join(" → ", secondCall.Steps()));

            var events = await bed.EventsAsync(firstCall.Id);
            var kinds = events.Select(e => e.Kind).ToList();
            kinds.ShouldBe([QueueEventKind.EnterQueue, QueueEventKind.CallbackRequested, QueueEventKind.RingAgent, QueueEventKind.CallbackConnected,
                QueueEventKind.Complete], string.Join(", ", kinds));
            events[1].WaitMs.ShouldNotBeNull().ShouldBeGreaterThan(1000);
            events[3].AgentId.ShouldBe(agentId);
            events[3].WaitMs.ShouldNotBeNull().ShouldBeGreaterThan(events[1].WaitMs!.Value, "the wait counts from the original enter time");
            events[4].TalkMs.ShouldNotBeNull().ShouldBeGreaterThan(1000);
            var secondEvents = await bed.EventsAsync(secondCall.Id);
            secondEvents.Select(e => e.Kind).ShouldContain(QueueEventKind.Connect);

            // The callback conversation is recorded on the first call's record, like any conversation.
            CallCenter.Calls.CallRecordingDto? recording = null;
            for (var i = 0; i < 100 && recording is null; i++)
            {
                using var scope = host.Services.CreateScope();
                recording = (await scope.ServiceProvider.GetRequiredService<CallCenter.Calls.ICallRecordAppService>().GetAsync(firstCall.Id)).Recordings
                    .SingleOrDefault(r => r.Kind == "Conversation");
                if (recording is null) await Task.Delay(100);
            }
            recording.ShouldNotBeNull("the callback conversation's recording was not stored");
            await phone.QuitAsync();
        }
        finally
        {
            options.TransferTargets.Remove(first);
        }
    }

    [Fact]
    public async Task Should_Make_The_Agent_Ready_At_Once_And_Try_Again_When_The_Customer_Is_Busy()
    {
        await using var bed = new AcdTestBed(host);
        await bed.ConfigureQueueAsync(General, q => q with { CallbackEnabled = true, AnnounceEverySeconds = 0, MaxWaitSeconds = 0 });
        var agentId = bed.Agent("8001").UserId;
        await bed.PhoneAsync("8001");
        (await bed.Desk.LoginAsync(agentId, null)).Succeeded.ShouldBeTrue();
        var options = host.Services.GetRequiredService<VoiceOptions>();
        var retryInterval = options.CallbackRetryInterval;
        SippUas? busy = await SippUas.StartAsync("bridge-target-busy.xml");
        var port = busy.Port;
        var caller = IvrCall.NewCaller();
        options.TransferTargets[caller] = $"sip:{caller}@127.0.0.1:{port}";
        options.CallbackRetryInterval = TimeSpan.FromSeconds(3);
        try
        {
            var requested = await IvrCall.PlaceAsync(host,
                new SippScenario(caller, pcapDtmf: false).Pause(1500).PlayDtmf("0").Pause(1500).PlayDtmf("1").WaitForByeFromNode());
            requested.ExitCode.ShouldBe(0, requested.Describe());
            var call = await host.EndedCallAsync(c => c.CallerNumber == caller);

            bed.Desk.SetReady(agentId).Succeeded.ShouldBeTrue();
            (await busy.WaitAsync()).ExitCode.ShouldBe(0); // the customer answered 486, and it was ACKed
            await busy.DisposeAsync();
            busy = null;
            // The second try, in the same place after the retry interval, reaches a customer who answers this time.
            await using var answering = await SippUas.StartAsync("bridge-target-answer.xml", port);
            await AcdTestBed.Until(() => bed.Acd.ConversationOf(agentId) is not null, 30, "connected on the second try");
            (await bed.Desk.HangupAsync(agentId)).Succeeded.ShouldBeTrue();
            (await answering.WaitAsync()).ExitCode.ShouldBe(0);

            var events = await bed.EventsAsync(call.Id);
            var kinds = events.Select(e => $"{e.Kind}:{(e.AgentId is null ? "" : "agent")}").ToList();
            kinds.ShouldBe(["EnterQueue:", "CallbackRequested:", "RingAgent:agent", "RingNoAnswer:", "RingAgent:agent", "CallbackConnected:agent"],
                string.Join(", ", kinds));
            var busyTry = System.Text.Json.JsonDocument.Parse(events[3].Data.ShouldNotBeNull()).RootElement;
            busyTry.GetProperty("status").GetInt32().ShouldBe(486);
            busyTry.GetProperty("reason").GetString().ShouldBe("status 486");
            busyTry.GetProperty("attempt").GetInt32().ShouldBe(1);
            // Between the tries the agent was Ready again at once (no wrap-up, no miss counted).
            bed.Acd.Router.GetAgent(agentId.ToString()).ConsecutiveMisses.ShouldBe(0);
        }
        finally
        {
            options.TransferTargets.Remove(caller);
            options.CallbackRetryInterval = retryInterval;
            if (busy is not null) await busy.DisposeAsync();
        }
    }
}
