using CallCenter.Acd;
using CallCenter.Calls;
using CallCenter.Telephony.Tests.Support;
using CallCenter.Voice.Hosting;
using CallCenter.Voice.Tests.Acd.Support;
using CallCenter.Voice.Tests.Support;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Voice.Tests.Acd;

/// <summary>
/// ADR 0600 D3: a stand-alone SIP node is killed (SIGKILL) with a caller waiting in 综合组, then started again with the
/// same node id: the caller's queue-event chain is closed (Abandon, reason NodeRestart) beside the call record.
/// Agents cannot be left Reserved or OnCall: that state lived only in the killed process's memory.
/// </summary>
[Collection(VoiceCollection.Name)]
public class AcdRestartTests(VoiceHostFixture host)
{
    [Fact]
    public async Task Should_Close_The_Queue_Event_Chain_Of_A_Caller_Waiting_When_The_Node_Was_Killed()
    {
        await using var bed = new AcdTestBed(host);
        // Nobody is logged in on the node about to start: the caller must still be allowed to wait.
        await bed.ConfigureQueueAsync("综合组", q => q with { JoinWhenEmpty = true });
        var nodeId = "acd-crash-" + Guid.NewGuid().ToString("N")[..8];
        var sipPort = Sipp.FreeUdpPort();
        var caller = IvrCall.NewCaller();
        Task<SippResult> call;
        Guid callId;
        await using (var node = await SipNodeProcess.StartAsync(host.DatabaseConnectionString, nodeId, sipPort, VoiceHostFixture.PromptCache))
        {
            var dir = Directory.CreateTempSubdirectory("sipp-acd-crash-").FullName;
            var file = new SippScenario(caller, pcapDtmf: false).Pause(1500).PlayDtmf("0").Pause(25000).Write(dir);
            call = Sipp.RunAsync(node.SipAddress, file, dir, timeoutSeconds: 40);
            callId = await EnteredQueueAsync(bed, caller);
            await node.KillAsync();
        }
        (await bed.EventsAsync(callId)).Last().Kind.ShouldBe(QueueEventKind.EnterQueue); // open: nobody closed it

        await using (var restarted = await SipNodeProcess.StartAsync(host.DatabaseConnectionString, nodeId, sipPort, VoiceHostFixture.PromptCache))
        {
            (await host.EndedCallAsync(c => c.CallerNumber == caller, seconds: 30)).EndReason.ShouldBe(OrphanedCallRecovery.Reason);
            IReadOnlyList<QueueEventDto> events = [];
            for (var i = 0; i < 100 && events.LastOrDefault()?.Kind != QueueEventKind.Abandon; i++)
            {
                events = await bed.EventsAsync(callId);
                await Task.Delay(100);
            }
            var closing = events.Last();
            closing.Kind.ShouldBe(QueueEventKind.Abandon, string.Join(", ", events.Select(e => e.Kind)) + "\n" + restarted.Output);
            closing.Data.ShouldNotBeNull().ShouldContain("NodeRestart");
            closing.WaitMs.ShouldNotBeNull().ShouldBeGreaterThan(0);
        }
        await call; // the caller's sipp gives up on its own; nothing to assert there
    }

    /// <summary>
    /// Issue 16 "kill -9 of the Host during queued and connected calls": the whole Host runs as a child process with agent
    /// 8001 logged in over its desk hub and its baresip registered there; one caller talks to 8001, a second waits in
    /// 综合组 behind them. SIGKILL, restart: both call records are ended (NodeRestart), the connected chain ends Complete
    /// with its talk time, the waiting one Abandon with its wait, the agent is LoggedOut (not Reserved/OnCall) and logs in
    /// NotReady; a second restart closes nothing more.
    /// </summary>
    [Fact]
    public async Task Should_Close_Connected_And_Queued_Calls_And_Free_The_Agent_When_The_Host_Was_Killed()
    {
        await using var bed = new AcdTestBed(host);
        await bed.ConfigureQueueAsync("综合组", q => q with { JoinWhenEmpty = true, MaxWaitSeconds = 0, AnnounceEverySeconds = 0 });
        var nodeId = "acd-host-crash-" + Guid.NewGuid().ToString("N")[..8];
        var sipPort = Sipp.FreeUdpPort();
        var hostDll = SipNodeProcess.HostDllPath();
        var talking = IvrCall.NewCaller();
        var waiting = IvrCall.NewCaller();
        var agentId = bed.Agent("8001").UserId;
        var calls = new List<Task<SippResult>>();
        Guid talkingId, waitingId;
        await using (var node = await SipNodeProcess.StartAsync(host.DatabaseConnectionString, nodeId, sipPort, VoiceHostFixture.PromptCache, dll: hostDll))
        {
            await using var desk = await RemoteDesk.ConnectAsync(node.HttpBase, "agent");
            await bed.PhoneAsync("8001", waitForBinding: false, sipPort: sipPort);
            await desk.DoAsync("Login", (IReadOnlyList<Guid>?)null);
            for (var i = 0; i < 200 && !(await desk.DoAsync("GetDesk")).Desk!.PhoneRegistered; i++) await Task.Delay(100);
            (await desk.DoAsync("SetReady")).Desk!.State.ShouldBe(AgentState.Ready);

            calls.Add(CallAsync(node, talking));
            talkingId = await EnteredQueueAsync(bed, talking);
            await UntilEventAsync(bed, talkingId, QueueEventKind.Connect);
            calls.Add(CallAsync(node, waiting));
            waitingId = await EnteredQueueAsync(bed, waiting);
            (await desk.DoAsync("GetDesk")).Desk!.State.ShouldBe(AgentState.OnCall);
            await node.KillAsync();
        }
        (await bed.EventsAsync(talkingId)).Last().Kind.ShouldBe(QueueEventKind.Connect); // open: nobody closed them
        (await bed.EventsAsync(waitingId)).Last().Kind.ShouldBe(QueueEventKind.EnterQueue);

        int eventsAfterFirstRestart;
        await using (var restarted = await SipNodeProcess.StartAsync(host.DatabaseConnectionString, nodeId, sipPort, VoiceHostFixture.PromptCache,
                         ready: "This node is the ACD owner now", dll: hostDll))
        {
            foreach (var caller in new[] { talking, waiting })
            {
                var record = await host.EndedCallAsync(c => c.CallerNumber == caller, seconds: 30);
                record.EndReason.ShouldBe(OrphanedCallRecovery.Reason);
                record.EndedAt.ShouldNotBeNull();
            }
            var talked = await UntilEventAsync(bed, talkingId, QueueEventKind.Complete, restarted.Output);
            talked.TalkMs.ShouldNotBeNull().ShouldBeGreaterThan(0);
            talked.AgentId.ShouldBe(agentId);
            talked.Data.ShouldNotBeNull().ShouldContain("NodeRestart");
            var abandoned = await UntilEventAsync(bed, waitingId, QueueEventKind.Abandon, restarted.Output);
            abandoned.WaitMs.ShouldNotBeNull().ShouldBeGreaterThan(0);
            abandoned.Data.ShouldNotBeNull().ShouldContain("NodeRestart");

            // The agent was OnCall in the killed process; here they start LoggedOut and log in NotReady (ADR 0600 D3).
            await using var desk = await RemoteDesk.ConnectAsync(restarted.HttpBase, "agent");
            (await desk.DoAsync("GetDesk")).Desk!.State.ShouldBe(AgentState.LoggedOut);
            (await desk.DoAsync("Login", (IReadOnlyList<Guid>?)null)).Desk!.State.ShouldBe(AgentState.NotReady);
            await desk.DoAsync("Logout");
            eventsAfterFirstRestart = (await bed.EventsAsync(talkingId)).Count + (await bed.EventsAsync(waitingId)).Count;
            await restarted.KillAsync();
        }
        await using (var again = await SipNodeProcess.StartAsync(host.DatabaseConnectionString, nodeId, sipPort, VoiceHostFixture.PromptCache,
                         ready: "This node is the ACD owner now", dll: hostDll))
        {
            again.Output.ShouldContain("the start-up sweep closed 0 queue-event chains");
            ((await bed.EventsAsync(talkingId)).Count + (await bed.EventsAsync(waitingId)).Count).ShouldBe(eventsAfterFirstRestart);
        }
        await Task.WhenAll(calls); // the callers' sipp give up on their own; nothing to assert there
    }

    private static Task<SippResult> CallAsync(SipNodeProcess node, string caller)
    {
        var dir = Directory.CreateTempSubdirectory("sipp-acd-host-crash-").FullName;
        var file = new SippScenario(caller, pcapDtmf: false).Pause(1500).PlayDtmf("0").Pause(30000).Write(dir);
        return Sipp.RunAsync(node.SipAddress, file, dir, timeoutSeconds: 45);
    }

    private static async Task<QueueEventDto> UntilEventAsync(AcdTestBed bed, Guid callRecordId, QueueEventKind kind, string? output = null)
    {
        IReadOnlyList<QueueEventDto> events = [];
        for (var i = 0; i < 300; i++)
        {
            events = await bed.EventsAsync(callRecordId);
            if (events.LastOrDefault(e => e.Kind == kind) is { } found) return found;
            await Task.Delay(100);
        }
        throw new TimeoutException($"no {kind} for {callRecordId}: {string.Join(", ", events.Select(e => e.Kind))}\n{output}");
    }

    /// <summary>The caller's call record id once its EnterQueue event is stored.</summary>
    private async Task<Guid> EnteredQueueAsync(AcdTestBed bed, string caller)
    {
        for (var i = 0; i < 300; i++)
        {
            using (var scope = host.Services.CreateScope())
            {
                var calls = scope.ServiceProvider.GetRequiredService<ICallRecordAppService>();
                if ((await calls.SearchAsync(new CallRecordSearchDto { Number = caller, PageSize = 5 })).Items.FirstOrDefault() is { } found
                    && (await bed.EventsAsync(found.Id)).Any(e => e.Kind == QueueEventKind.EnterQueue))
                    return found.Id;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException("the caller never entered the queue on the node");
    }
}
