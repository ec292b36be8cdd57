using CallCenter.Acd;
using CallCenter.Calls;
using CallCenter.Telephony.Tests.Support;
using CallCenter.Voice.Hosting;
using CallCenter.Voice.Tests.Acd.Support;
using CallCenter.Voice.Tests.Support;
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
