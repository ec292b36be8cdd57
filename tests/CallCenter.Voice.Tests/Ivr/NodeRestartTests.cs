using CallCenter.Calls;
using CallCenter.Telephony.Tests.Support;
using CallCenter.Voice.Hosting;
using CallCenter.Voice.Tests.Support;
using CallCenter.Workflows.Execution;
using CallCenter.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Voice.Tests.Ivr;

/// <summary>
/// A stand-alone SIP node is killed (SIGKILL) with a caller in the IVR menu, then started again with the same node
/// id: the call it owned must be ended ("NodeRestarted") and its IVR instance cancelled at once, not left suspended
/// until its wait expires.
/// </summary>
[Collection(VoiceCollection.Name)]
public class NodeRestartTests(VoiceHostFixture host)
{
    [Fact]
    public async Task Should_End_The_Calls_And_Cancel_The_Ivr_Instances_A_Killed_Node_Left_When_It_Restarts()
    {
        var nodeId = "crash-node-" + Guid.NewGuid().ToString("N")[..8];
        var sipPort = Sipp.FreeUdpPort();
        var caller = IvrCall.NewCaller();
        CallRecordDto live;
        Task<SippResult> call;
        await using (var node = await SipNodeProcess.StartAsync(host.DatabaseConnectionString, nodeId, sipPort, VoiceHostFixture.PromptCache))
        {
            var dir = Directory.CreateTempSubdirectory("sipp-crash-").FullName;
            var file = new SippScenario(caller, pcapDtmf: false).Pause(25000).Write(dir);
            call = Sipp.RunAsync(node.SipAddress, file, dir, timeoutSeconds: 30);
            live = await SuspendedCallAsync(caller);
            await node.KillAsync();
        }
        live.EndedAt.ShouldBeNull();
        // Usually suspended on the menu; killed in the middle of a step (the menu re-prompting) it is still Running and leased.
        (await InstanceStatusAsync(live.WorkflowInstanceId!)).ShouldBeOneOf(WorkflowStatus.Suspended, WorkflowStatus.Running);

        await using (var restarted = await SipNodeProcess.StartAsync(host.DatabaseConnectionString, nodeId, sipPort, VoiceHostFixture.PromptCache))
        {
            var ended = await host.EndedCallAsync(c => c.CallerNumber == caller, seconds: 30);
            ended.EndReason.ShouldBe(OrphanedCallRecovery.Reason);
            ended.Id.ShouldBe(live.Id);
            // A lease left by the killed process (5 s here) delays the cancel until it runs out.
            for (var i = 0; i < 200 && await InstanceStatusAsync(live.WorkflowInstanceId!) != WorkflowStatus.Cancelled; i++) await Task.Delay(100);
            (await InstanceStatusAsync(live.WorkflowInstanceId!)).ShouldBe(WorkflowStatus.Cancelled, restarted.Output);
            restarted.Output.ShouldContain("left in progress before it restarted");
        }
        await call; // the caller's sipp gives up on its own (its BYE goes unanswered); nothing to assert there
    }

    [Fact]
    public async Task Should_Refuse_A_Second_Live_Node_With_The_Same_Id_Instead_Of_Ending_Its_Twins_Calls()
    {
        var nodeId = "twin-node-" + Guid.NewGuid().ToString("N")[..8];
        var caller = IvrCall.NewCaller();
        await using var first = await SipNodeProcess.StartAsync(host.DatabaseConnectionString, nodeId, Sipp.FreeUdpPort(), VoiceHostFixture.PromptCache);
        var dir = Directory.CreateTempSubdirectory("sipp-twin-").FullName;
        var call = Sipp.RunAsync(first.SipAddress, new SippScenario(caller, pcapDtmf: false).Pause(20000).Write(dir), dir, timeoutSeconds: 30);
        var live = await SuspendedCallAsync(caller);

        // A misconfigured second process under the same Voice:NodeId: without the claim its start-up recovery would end
        // the first node's call as an orphan of "its" previous life.
        await using (var twin = await SipNodeProcess.StartAsync(host.DatabaseConnectionString, nodeId, Sipp.FreeUdpPort(), VoiceHostFixture.PromptCache,
                         ready: "is in use by another running SIP node"))
        {
            twin.Output.ShouldNotContain("SIP node listening");
            using var scope = host.Services.CreateScope();
            var record = await scope.ServiceProvider.GetRequiredService<ICallRecordAppService>().GetAsync(live.Id);
            record.EndedAt.ShouldBeNull(twin.Output);
            (await InstanceStatusAsync(live.WorkflowInstanceId!)).ShouldNotBe(WorkflowStatus.Cancelled);
        }
        await first.KillAsync();
        await call;
    }

    /// <summary>The caller's record with its IVR instance attached and waiting (suspended) on the call.</summary>
    private async Task<CallRecordDto> SuspendedCallAsync(string caller)
    {
        for (var i = 0; i < 300; i++)
        {
            using var scope = host.Services.CreateScope();
            var calls = scope.ServiceProvider.GetRequiredService<ICallRecordAppService>();
            var found = (await calls.SearchAsync(new CallRecordSearchDto { Number = caller, PageSize = 5 })).Items.FirstOrDefault();
            if (found is not null)
            {
                var record = await calls.GetAsync(found.Id);
                if (record.WorkflowInstanceId is { } instanceId && record.AnsweredAt is not null
                    && await InstanceStatusAsync(instanceId) == WorkflowStatus.Suspended)
                    return record;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException("the call never reached a suspended IVR step on the node");
    }

    private async Task<WorkflowStatus?> InstanceStatusAsync(string instanceId) =>
        (await host.Services.GetRequiredService<WorkflowRuntime>().Instances.GetStateAsync(instanceId, CancellationToken.None))?.Status;
}
