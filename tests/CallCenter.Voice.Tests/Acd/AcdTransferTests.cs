using System.Threading.Channels;
using CallCenter.Acd;
using CallCenter.Errors;
using CallCenter.Telephony.Calls;
using CallCenter.Voice.Acd.Desk;
using CallCenter.Voice.Sessions;
using CallCenter.Voice.Tests.Acd.Support;
using CallCenter.Voice.Tests.Ivr;
using CallCenter.Voice.Tests.Support;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Voice.Tests.Acd;

/// <summary>
/// Transfers from the desk with real phones: a sipp caller through ivr-main (key 0) into 综合组, agent 8001 (skill 综合)
/// on baresip answers; the call goes on to 8003 (投诉 9) — blind into 投诉组, or consulted first — and 8003's desktop,
/// connected to the Host's real hub, pops the IVR's attached data with the notes and who transferred.
/// </summary>
[Collection(VoiceCollection.Name)]
public class AcdTransferTests(VoiceHostFixture host)
{
    private const string General = "综合组";
    private const string Complaints = "投诉组";
    private const string Notes = "用户反映暖气不热，本周第三次来电，请优先处理";

    private CallSession Session(string caller) =>
        host.Services.GetRequiredService<CallSessionRegistry>().All.Single(s => s.Call.CallerNumber == caller);

    private bool Bridged(string caller, Func<CallBridge, bool>? which = null) =>
        host.Services.GetRequiredService<CallSessionRegistry>().All.Any(s => s.Call.CallerNumber == caller && s.Call.Bridge is { IsActive: true } b && (which?.Invoke(b) ?? true));

    /// <summary>The call's path so far and the host's warnings: what a failed wait needs to be understood.</summary>
    private string Describe(CallSession session) =>
        string.Join(" → ", session.Path.Select(s => $"{s.Kind}:{s.Detail}")) + " | " +
        string.Join(" | ", host.Log.Entries.TakeLast(5).Select(e => $"{e.Level} {e.Category}: {e.Message} {e.Exception?.Message}"));

    private static async Task UntilAsync(Func<bool> condition, int seconds, Func<string> describe)
    {
        for (var i = 0; i < seconds * 20 && !condition(); i++) await Task.Delay(50);
        condition().ShouldBeTrue(describe());
    }

    private static async Task<T> NextAsync<T>(ChannelReader<T> reader, Func<T, bool> match, string what)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(25));
        try
        {
            while (true)
            {
                var item = await reader.ReadAsync(timeout.Token);
                if (match(item)) return item;
            }
        }
        catch (OperationCanceledException)
        {
            throw new ShouldAssertException($"no {what} within 25 s");
        }
    }

    [Fact]
    public async Task Should_Blind_Transfer_To_A_Queue_And_Pop_The_Attached_Data_And_Notes_On_The_Next_Agents_Desktop()
    {
        await using var bed = new AcdTestBed(host);
        await bed.PhoneAsync("8001");
        await bed.PhoneAsync("8003");
        var first = bed.Agent("8001").UserId;
        var second = bed.Agent("8003").UserId;
        // Agent 2's desktop: the Host's hub, as the page connects to it.
        await using var desktop = await DeskHubClient.ConnectAsync(host, "agent3");
        var offers = Channel.CreateUnbounded<DeskCall>();
        desktop.On<DeskCall>("CallOffered", c => offers.Writer.TryWrite(c));
        (await desktop.InvokeAsync<DeskHubResult>("Login", (IReadOnlyList<Guid>?)null)).Succeeded.ShouldBeTrue();
        await bed.ReadyAsync("8001"); // 8003 stays NotReady until 8001 has the call: 综合组 must ring 8001
        var caller = IvrCall.NewCaller();
        var sippRun = IvrCall.PlaceAsync(host, new SippScenario(caller, pcapDtmf: false).Pause(1500).PlayDtmf("0").Pause(22000), extraArgs: "-rtp_echo");
        await AcdTestBed.Until(() => Bridged(caller), 25, "bridged to 8001");
        var session = Session(caller);
        var toFirst = session.Call.Bridge!;
        (await desktop.InvokeAsync<DeskHubResult>("SetReady")).Succeeded.ShouldBeTrue();
        await Task.Delay(2000); // a little conversation first
        bed.Desk.DispositionRecorded(first, session.CallRecordId, Guid.NewGuid(), resolvedFirstContact: false).Succeeded.ShouldBeTrue();

        var transfer = await bed.Desk.TransferAsync(first, new DeskTransfer(DeskTransferTarget.Queue, Complaints, Consult: false, Notes));

        transfer.Succeeded.ShouldBeTrue(transfer.ErrorCode);
        toFirst.EndedBy.ShouldBe(CallBridge.DetachedBy); // taken apart, not hung up
        session.IsUp.ShouldBeTrue();
        bed.State("8001").ShouldBe(AgentState.WrapUp);
        bed.Desk.EndWrapUp(first, difficult: false).Succeeded.ShouldBeTrue(); // agent 1's segment closes now
        // Agent 2's phone rings with the pop first: the IVR's attached data, the notes, who transferred, the new queue.
        var pop = await NextAsync(offers.Reader, c => c.CallRecordId == session.CallRecordId, "screen pop on agent 2's desktop");
        pop.QueueName.ShouldBe(Complaints);
        pop.AttachedData.ShouldNotBeNull()["ivrChoice"]!.GetValue<string>().ShouldBe("人工");
        pop.TransferNotes.ShouldBe(Notes);
        pop.TransferredBy.ShouldNotBeNull().ShouldContain("8001");
        pop.Digits.ShouldContain("0");
        await AcdTestBed.Until(() => Bridged(caller, b => b != toFirst), 25, "bridged to 8003");
        var toSecond = session.Call.Bridge!;
        bed.State("8003").ShouldBe(AgentState.OnCall);
        bed.Desk.Get(second)!.Call!.TransferNotes.ShouldBe(Notes);
        var sipp = await sippRun;

        sipp.ExitCode.ShouldBe(0, sipp.Describe());
        toSecond.NonSilentPacketsToTarget.ShouldBeGreaterThan(50); // the caller's audio reached agent 2
        toSecond.NonSilentPacketsToCaller.ShouldBeGreaterThan(50); // and agent 2's reached the caller
        var call = await host.EndedCallAsync(c => c.CallerNumber == caller);
        var text = string.Join(" → ", call.Steps());
        call.Steps().ShouldContain("Enqueue:answered by 8001", text);
        call.Steps().ShouldContain($"Transfer:8001 → {Complaints}", text);
        call.Steps().ShouldContain($"Enqueue:{Complaints}", text);
        call.Steps().ShouldContain("Enqueue:answered by 8003", text);
        await AcdTestBed.Until(() => bed.State("8003") == AgentState.WrapUp, 10, "agent 2 wraps up");
        bed.Desk.DispositionRecorded(second, call.Id, Guid.NewGuid(), resolvedFirstContact: true).Succeeded.ShouldBeTrue();
        bed.Desk.EndWrapUp(second, difficult: false).Succeeded.ShouldBeTrue();

        // One chain per queue segment: 综合组 (8001, closed by the Transfer and 8001's Complete), then 投诉组 (8003).
        var general = bed.Queue(General).Id;
        var complaints = bed.Queue(Complaints).Id;
        var events = await bed.EventsAsync(call.Id);
        var chain = events.Where(e => e.Kind != QueueEventKind.RingAgent && !(e.Kind == QueueEventKind.Complete && e.AgentId == first))
            .Select(e => (e.Kind, e.QueueId, e.AgentId)).ToList();
        var described = string.Join(", ", events.Select(e => $"{e.Kind}:{e.AgentId}"));
        chain.ShouldBe([
            (QueueEventKind.EnterQueue, general, null), (QueueEventKind.Connect, general, first), (QueueEventKind.Transfer, general, first),
            (QueueEventKind.EnterQueue, complaints, null), (QueueEventKind.Connect, complaints, second), (QueueEventKind.Complete, complaints, second),
        ], described);
        // 8001's own Complete (written when its wrap-up ended, so anywhere after the Transfer) closes the 综合组 segment.
        var firstComplete = events.Single(e => e.Kind == QueueEventKind.Complete && e.AgentId == first);
        firstComplete.QueueId.ShouldBe(general);
        events.ToList().IndexOf(firstComplete).ShouldBeGreaterThan(events.ToList().FindIndex(e => e.Kind == QueueEventKind.Transfer), described);
        var transferEvent = events.Single(e => e.Kind == QueueEventKind.Transfer);
        var data = System.Text.Json.Nodes.JsonNode.Parse(transferEvent.Data.ShouldNotBeNull())!;
        data["kind"]!.GetValue<string>().ShouldBe("Queue");
        data["consult"]!.GetValue<bool>().ShouldBeFalse();
        data["byAgent"]!.GetValue<string>().ShouldBe(first.ToString());
        data["notes"]!.GetValue<string>().ShouldBe(Notes);
        events.Last().TalkMs.ShouldNotBeNull().ShouldBeGreaterThan(3000);
    }

    [Fact]
    public async Task Should_Consult_An_Agent_Cancel_Back_To_The_Caller_Then_Consult_Again_And_Complete()
    {
        await using var bed = new AcdTestBed(host);
        await bed.PhoneAsync("8001");
        await bed.PhoneAsync("8003");
        var first = bed.Agent("8001").UserId;
        var second = bed.Agent("8003").UserId;
        (await bed.Desk.LoginAsync(second, null)).Succeeded.ShouldBeTrue();
        await bed.ReadyAsync("8001");
        var caller = IvrCall.NewCaller();
        var sippRun = IvrCall.PlaceAsync(host, new SippScenario(caller, pcapDtmf: false).Pause(1500).PlayDtmf("0").Pause(30000), extraArgs: "-rtp_echo");
        await AcdTestBed.Until(() => Bridged(caller), 25, "bridged to 8001");
        var session = Session(caller);
        var toFirst = session.Call.Bridge!;
        var firstLeg = toFirst.Target;
        bed.Desk.SetReady(second).Succeeded.ShouldBeTrue();
        var consult = new DeskTransfer(DeskTransferTarget.Agent, second.ToString(), Consult: true, "请帮忙确认换热站检修时间");

        // Consult: the caller is on music (their bridge detached), 8001 talks to 8003.
        var started = await bed.Desk.TransferAsync(first, consult);
        started.Succeeded.ShouldBeTrue(started.ErrorCode);
        toFirst.EndedBy.ShouldBe(CallBridge.DetachedBy);
        bed.Desk.Get(first)!.Call!.ConsultTarget.ShouldNotBeNull().ShouldContain("8003");
        (await bed.Desk.HoldAsync(first, hold: true)).ErrorCode.ShouldBe(AcdDeskErrorCodes.ConsultInProgress);
        (await bed.Desk.TransferAsync(first, consult)).ErrorCode.ShouldBe(AcdDeskErrorCodes.ConsultInProgress);
        await UntilAsync(() => bed.Desk.Get(first)!.Call!.ConsultConnected, 20, () => "8003 answered the consultation: " + Describe(session));
        bed.State("8003").ShouldBe(AgentState.OnCall, Describe(session));
        bed.State("8001").ShouldBe(AgentState.OnCall);
        session.Call.Bridge.ShouldBeSameAs(toFirst); // the caller is not bridged to anyone meanwhile
        await Task.Delay(1000);

        // Cancel: 8003 is let go, the caller is back with 8001 on the same leg.
        var cancelled = await bed.Desk.CancelTransferAsync(first);
        cancelled.Succeeded.ShouldBeTrue(cancelled.ErrorCode + " " + Describe(session));
        await AcdTestBed.Until(() => Bridged(caller, b => b != toFirst && b.Target == firstLeg), 10, "back with 8001");
        var back = session.Call.Bridge!;
        await AcdTestBed.Until(() => bed.State("8003") == AgentState.Ready, 10, "8003 free again");
        bed.Desk.Get(first)!.Call!.ConsultTarget.ShouldBeNull();
        (await bed.Desk.CompleteTransferAsync(first)).ErrorCode.ShouldBe(AcdDeskErrorCodes.NoConsult);
        await Task.Delay(1500);
        back.NonSilentPacketsToCaller.ShouldBeGreaterThan(20); // 8001's voice reaches the caller again

        // Consult again and complete: the caller joins 8003, 8001 leaves to wrap-up.
        var again = await bed.Desk.TransferAsync(first, consult);
        again.Succeeded.ShouldBeTrue(again.ErrorCode);
        await UntilAsync(() => bed.Desk.Get(first)!.Call!.ConsultConnected, 20, () => "8003 answered again: " + Describe(session));
        var completed = await bed.Desk.CompleteTransferAsync(first);
        completed.Succeeded.ShouldBeTrue(completed.ErrorCode + " " + Describe(session));
        await AcdTestBed.Until(() => Bridged(caller, b => b != back && b != toFirst), 10, "bridged to 8003");
        var toSecond = session.Call.Bridge!;
        toSecond.Target.ShouldNotBeSameAs(firstLeg);
        bed.State("8001").ShouldBe(AgentState.WrapUp);
        bed.State("8003").ShouldBe(AgentState.OnCall);
        var pop = bed.Desk.Get(second)!.Call.ShouldNotBeNull();
        pop.TransferNotes.ShouldBe(consult.Notes);
        pop.AttachedData.ShouldNotBeNull()["ivrChoice"]!.GetValue<string>().ShouldBe("人工");
        var sipp = await sippRun;

        sipp.ExitCode.ShouldBe(0, sipp.Describe());
        toSecond.NonSilentPacketsToTarget.ShouldBeGreaterThan(20); // the caller's audio reached 8003
        await firstLeg.Completion.WaitAsync(TimeSpan.FromSeconds(5)); // 8001's phone was hung up on completion
        var call = await host.EndedCallAsync(c => c.CallerNumber == caller);
        var events = await bed.EventsAsync(call.Id);
        var kinds = events.Select(e => $"{e.Kind}:{e.AgentId}").ToList();
        var text = string.Join(", ", kinds);
        kinds.ShouldContain($"Transfer:{first}", text);
        kinds.IndexOf($"Connect:{second}").ShouldBeGreaterThan(kinds.IndexOf($"Transfer:{first}"), text);
        System.Text.Json.Nodes.JsonNode.Parse(events.Single(e => e.Kind == QueueEventKind.Transfer).Data.ShouldNotBeNull())!["consult"]!
            .GetValue<bool>().ShouldBeTrue();
    }

    [Fact]
    public async Task Should_Refuse_A_Transfer_To_An_Agent_Who_Is_Not_Ready_And_Keep_The_Call()
    {
        await using var bed = new AcdTestBed(host);
        await bed.PhoneAsync("8001");
        await bed.PhoneAsync("8003");
        var second = bed.Agent("8003").UserId;
        (await bed.Desk.LoginAsync(second, null)).Succeeded.ShouldBeTrue(); // logged in, NotReady
        await using var desktop = await DeskHubClient.ConnectAsync(host, "agent"); // 8001's desktop
        (await desktop.InvokeAsync<DeskHubResult>("Login", (IReadOnlyList<Guid>?)null)).Succeeded.ShouldBeTrue();
        (await desktop.InvokeAsync<DeskHubResult>("SetReady")).Succeeded.ShouldBeTrue();
        var caller = IvrCall.NewCaller();
        var sippRun = IvrCall.PlaceAsync(host, new SippScenario(caller, pcapDtmf: false).Pause(1500).PlayDtmf("0").Pause(8000));
        await AcdTestBed.Until(() => Bridged(caller), 25, "bridged to 8001");
        var bridge = Session(caller).Call.Bridge!;

        var refused = await desktop.InvokeAsync<DeskHubResult>("Transfer", new DeskTransfer(DeskTransferTarget.Agent, second.ToString(), false, "转给投诉专员"));

        refused.Succeeded.ShouldBeFalse();
        refused.Code.ShouldBe(AcdDeskErrorCodes.TransferAgentNotReady);
        refused.Message.ShouldNotBeNull().ShouldContain("就绪");
        bridge.IsActive.ShouldBeTrue(); // the call stays with agent 1
        bed.State("8001").ShouldBe(AgentState.OnCall);
        bed.State("8003").ShouldBe(AgentState.NotReady);
        // Other refusals, each with its code and nothing changed.
        var self = bed.Agent("8001").UserId.ToString();
        (await desktop.InvokeAsync<DeskHubResult>("Transfer", new DeskTransfer(DeskTransferTarget.Agent, self, false, null))).Code
            .ShouldBe(AcdDeskErrorCodes.TransferToSelf);
        (await desktop.InvokeAsync<DeskHubResult>("Transfer", new DeskTransfer(DeskTransferTarget.Queue, "不存在的组", false, null))).Code
            .ShouldBe(AcdDeskErrorCodes.TransferTargetUnknown);
        (await desktop.InvokeAsync<DeskHubResult>("Transfer", new DeskTransfer(DeskTransferTarget.Queue, Complaints, false, new string('备', 501)))).Code
            .ShouldBe(AcdDeskErrorCodes.TransferNotesTooLong);
        (await desktop.InvokeAsync<DeskHubResult>("CompleteTransfer")).Code.ShouldBe(AcdDeskErrorCodes.NoConsult);
        bridge.IsActive.ShouldBeTrue();
        var sipp = await sippRun;
        sipp.ExitCode.ShouldBe(0, sipp.Describe());
        // sipp's exit can come before the node has handled its BYE (CI at bc49503 read EndedBy still null).
        await bridge.Completion.WaitAsync(TimeSpan.FromSeconds(10));
        bridge.EndedBy.ShouldBe("caller");
        var call = await host.EndedCallAsync(c => c.CallerNumber == caller);
        (await bed.EventsAsync(call.Id)).ShouldNotContain(e => e.Kind == QueueEventKind.Transfer);
    }
}
