using System.Threading.Channels;
using CallCenter.Calls;
using CallCenter.Errors;
using CallCenter.Voice.Acd.Desk;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Acd;

/// <summary>
/// Every hub method against the real ACD (<see cref="IAgentDesk"/> in the Host) for the demo agent `agent` (extension
/// 8001, skills 报修 8 and 综合 5), over WebSockets with the token in the query: state commands, refusals as localized
/// results, pushes to every tab of the agent, and the ring-to-screen-pop measurement.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class AgentDeskHubTests(CallCenterApiFactory factory) : IClassFixture<CallCenterApiFactory>
{
    [Fact]
    public async Task Should_Run_Each_Desk_Command_For_The_Signed_In_Agent()
    {
        await using var desk = await AgentDeskHubClient.ConnectAsync(factory, "agent");
        var current = await desk.InvokeAsync<DeskHubResult>("GetDesk");
        current.Succeeded.ShouldBeTrue(current.Message);
        current.Desk!.Extension.ShouldBe("8001");
        current.Desk.PhoneRegistered.ShouldBeFalse(); // no SIP node in API tests: nothing registered

        var options = await desk.InvokeAsync<DeskOptions>("GetOptions");
        options.NotReadyReasons.ShouldContain("小休");
        options.Queues.Single(q => q.Name == "报修组").Member.ShouldBeTrue();
        options.Queues.Single(q => q.Name == "投诉组").Member.ShouldBeFalse();
        options.Agents.ShouldNotContain(a => a.Extension == "8001");

        var login = await desk.InvokeAsync<DeskHubResult>("Login", (IReadOnlyList<Guid>?)null);
        login.Succeeded.ShouldBeTrue(login.Message);
        login.Desk!.State.ShouldBe(AgentState.NotReady);
        login.Desk.Queues.ShouldContain(options.Queues.Single(q => q.Name == "报修组").Id);

        (await desk.InvokeAsync<DeskHubResult>("SetReady")).Desk!.State.ShouldBe(AgentState.Ready);
        var lunch = await desk.InvokeAsync<DeskHubResult>("SetNotReady", "用餐");
        lunch.Desk!.State.ShouldBe(AgentState.NotReady);
        lunch.Desk.NotReadyReason.ShouldBe("用餐");

        // Without a call, the call commands are refused — as answers with the code and a Chinese message, not hub errors.
        await ShouldRefuse(desk.InvokeAsync<DeskHubResult>("SetNotReady", "睡觉"), AcdDeskErrorCodes.UnknownReason);
        await ShouldRefuse(desk.InvokeAsync<DeskHubResult>("Hold", true), AcdDeskErrorCodes.NoCall);
        await ShouldRefuse(desk.InvokeAsync<DeskHubResult>("Transfer", new DeskTransfer(DeskTransferTarget.Queue, "投诉组", false, "转投诉")), AcdDeskErrorCodes.NoCall);
        await ShouldRefuse(desk.InvokeAsync<DeskHubResult>("Hangup"), AcdDeskErrorCodes.NoCall);
        await ShouldRefuse(desk.InvokeAsync<DeskHubResult>("EndWrapUp", false), AcdDeskErrorCodes.WrongState);
        await ShouldRefuse(desk.InvokeAsync<DeskHubResult>("ExtendWrapUp", 30), AcdDeskErrorCodes.WrongState);
        await ShouldRefuse(desk.InvokeAsync<DeskHubResult>("DispositionRecorded", Guid.NewGuid(), Guid.NewGuid(), true), AcdDeskErrorCodes.NoCall);

        var logout = await desk.InvokeAsync<DeskHubResult>("Logout");
        logout.Desk!.State.ShouldBe(AgentState.LoggedOut);
        await ShouldRefuse(desk.InvokeAsync<DeskHubResult>("SetReady"), AcdDeskErrorCodes.NotLoggedIn);
    }

    [Fact]
    public async Task Should_Push_To_Every_Tab_Of_The_Agent_And_Measure_Ring_To_Screen_Pop()
    {
        await using var tab1 = await AgentDeskHubClient.ConnectAsync(factory, "agent");
        await using var tab2 = await AgentDeskHubClient.ConnectAsync(factory, "agent");
        await using var other = await AgentDeskHubClient.ConnectAsync(factory, "agent2");
        var changes = Channel.CreateUnbounded<AgentDeskSnapshot>();
        var offers = Channel.CreateUnbounded<DeskCall>();
        var othersHeard = 0;
        tab2.On<AgentDeskSnapshot>("AgentChanged", s => changes.Writer.TryWrite(s));
        tab2.On<DeskCall>("CallOffered", c => offers.Writer.TryWrite(c));
        other.On<AgentDeskSnapshot>("AgentChanged", s => { if (s.Extension == "8001") Interlocked.Increment(ref othersHeard); });

        var agentId = (await tab1.InvokeAsync<DeskHubResult>("Login", (IReadOnlyList<Guid>?)null)).Desk!.AgentId;
        (await tab1.InvokeAsync<DeskHubResult>("SetReady")).Succeeded.ShouldBeTrue();
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10)))
            while ((await changes.Reader.ReadAsync(timeout.Token)).State != AgentState.Ready) { }

        // The ACD's screen pop through the Host's notifier reaches the agent's tabs; the page's acknowledgement stops the clock.
        var latency = factory.Services.GetRequiredService<ScreenPopLatency>();
        var before = latency.Summary().Count;
        var call = new DeskCall(Guid.NewGuid(), "+8613800138000", null, Guid.NewGuid(), "报修组", [new CallPathStepDto(DateTimeOffset.UtcNow, "menu", "Menu", "1:1")],
            "1", new System.Text.Json.Nodes.JsonObject { ["ivrChoice"] = "报修" }, null, null, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow, null, false);
        var notifier = factory.Services.GetRequiredService<IAgentDeskNotifier>();
        notifier.ShouldBeOfType<SignalRAgentDeskNotifier>();
        await notifier.CallOfferedAsync(agentId, call);
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10)))
        {
            var offered = await offers.Reader.ReadAsync(timeout.Token);
            offered.CallRecordId.ShouldBe(call.CallRecordId);
            offered.AttachedData!["ivrChoice"]!.GetValue<string>().ShouldBe("报修");
        }
        await tab2.InvokeAsync("ScreenPopShown", call.CallRecordId);
        await tab1.InvokeAsync("ScreenPopShown", call.CallRecordId); // the second tab's acknowledgement is not a second pop
        latency.Summary().Count.ShouldBe(before + 1);
        othersHeard.ShouldBe(0); // another agent hears nothing of this agent's desk

        (await tab1.InvokeAsync<DeskHubResult>("Logout")).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task Should_Answer_NotAnAgent_In_The_Connection_Language_For_A_User_Without_Extension()
    {
        // The supervisor holds Acd.Desk but has no extension.
        await using var zh = await AgentDeskHubClient.ConnectAsync(factory, "supervisor");
        var refused = await zh.InvokeAsync<DeskHubResult>("GetDesk");
        refused.Succeeded.ShouldBeFalse();
        refused.Code.ShouldBe(AcdDeskErrorCodes.NotAnAgent);
        refused.Message.ShouldNotBeNullOrWhiteSpace();
        refused.Message.ShouldNotBe(refused.Code);
        await using var en = await AgentDeskHubClient.ConnectAsync(factory, "supervisor", "en");
        var english = await en.InvokeAsync<DeskHubResult>("GetDesk");
        english.Message.ShouldNotBe(refused.Message);
        (await en.InvokeAsync<DeskHubResult>("Login", (IReadOnlyList<Guid>?)null)).Code.ShouldBe(AcdDeskErrorCodes.NotAnAgent);
    }

    private static async Task ShouldRefuse(Task<DeskHubResult> call, string code)
    {
        var result = await call;
        result.Succeeded.ShouldBeFalse();
        result.Code.ShouldBe(code);
        result.Message.ShouldNotBeNullOrWhiteSpace();
        result.Message.ShouldNotBe(code, "the refusal is localized");
    }
}
