using CallCenter.Errors;
using CallCenter.Voice.Acd;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Acd;

/// <summary>
/// The desk's queue choice at login through the hub: the demo agent `agent` (8001: 报修 8, 综合 5) logs in to
/// 报修组 only; the desk shows that choice, a reconnecting desktop (a new connection that logs in again with its stored
/// choice) keeps it and the state, the router offers nothing of 综合组, and a queue the agent is not in is refused.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class AgentDeskQueueChoiceTests(CallCenterApiFactory factory) : IClassFixture<CallCenterApiFactory>
{
    [Fact]
    public async Task Should_Log_In_To_The_Chosen_Queues_Keep_Them_Across_A_Reconnect_And_Refuse_A_Queue_Not_Ones_Own()
    {
        var acd = factory.Services.GetRequiredService<AcdService>();
        var repair = acd.Directory.FindQueue("报修组")!.Id;
        var general = acd.Directory.FindQueue("综合组")!.Id;
        var complaint = acd.Directory.FindQueue("投诉组")!.Id;
        Guid agentId;
        await using (var desk = await AgentDeskHubClient.ConnectAsync(factory, "agent"))
        {
            var login = await desk.InvokeAsync<DeskHubResult>("Login", (IReadOnlyList<Guid>?)[repair]);
            login.Succeeded.ShouldBeTrue(login.Message);
            login.Desk!.Queues.ShouldBe([repair]);
            agentId = login.Desk.AgentId;
            (await desk.InvokeAsync<DeskHubResult>("SetReady")).Desk!.State.ShouldBe(AgentState.Ready);
            acd.Router.HasLoggedInMember(general.ToString()).ShouldBeFalse(); // a 综合组 member, not logged in to it
            acd.Router.GetAgent(agentId.ToString()).Queues.ShouldContain(general.ToString());
        }

        // The desktop reconnects (new connection) and logs in again with the choice it stored: state and queues stay.
        await using (var again = await AgentDeskHubClient.ConnectAsync(factory, "agent", "en"))
        {
            (await again.InvokeAsync<DeskHubResult>("GetDesk")).Desk!.Queues.ShouldBe([repair]);
            var relogin = await again.InvokeAsync<DeskHubResult>("Login", (IReadOnlyList<Guid>?)[repair]);
            relogin.Desk!.State.ShouldBe(AgentState.Ready);
            relogin.Desk.Queues.ShouldBe([repair]);

            var refused = await again.InvokeAsync<DeskHubResult>("Login", (IReadOnlyList<Guid>?)[repair, complaint]);
            refused.Succeeded.ShouldBeFalse();
            refused.Code.ShouldBe(AcdDeskErrorCodes.NotAQueueMember);
            refused.Message.ShouldBe("A chosen queue is not one of the agent's queues");
            (await again.InvokeAsync<DeskHubResult>("GetDesk")).Desk!.Queues.ShouldBe([repair]); // all or nothing

            // An empty choice from the page means all of the agent's queues.
            var all = await again.InvokeAsync<DeskHubResult>("Login", (IReadOnlyList<Guid>?)[]);
            all.Desk!.Queues.ShouldBe([repair, general], ignoreOrder: true);
            (await again.InvokeAsync<DeskHubResult>("Logout")).Desk!.Queues.ShouldBeEmpty();
        }
    }
}
