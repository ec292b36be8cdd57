using CallCenter.Acd;
using CallCenter.Voice.Acd;
using Microsoft.Extensions.Time.Testing;

namespace CallCenter.Voice.Tests.Acd;

/// <summary>Logging in to a subset of one's queues: only the chosen queues offer calls; the choice can change while logged in.</summary>
public class AcdRouterLoginTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 7, 8, 0, 0, TimeSpan.Zero));
    private readonly AcdRouter _router;

    public AcdRouterLoginTests()
    {
        _router = new AcdRouter(_time);
        _router.AddQueue(new AcdQueueSettings { Id = "repair", Skill = "repair" });
        _router.AddQueue(new AcdQueueSettings { Id = "complaint", Skill = "complaint" });
        _router.AddQueue(new AcdQueueSettings { Id = "general", Skill = "general" });
        // a1 is a member of repair and complaint (not general); a2 of repair only.
        _router.AddAgent("a1", "8001", new Dictionary<string, int> { ["repair"] = 5, ["complaint"] = 5 });
        _router.AddAgent("a2", "8002", new Dictionary<string, int> { ["repair"] = 3 });
    }

    [Fact]
    public void Should_Offer_Only_Calls_Of_The_Queues_The_Agent_Logged_In_To()
    {
        _router.Login("a1", ["complaint"], "小休").Succeeded.ShouldBeTrue();
        _router.GetAgent("a1").State.ShouldBe(AgentState.NotReady);
        _router.GetAgent("a1").ActiveQueues.ShouldBe(["complaint"]);
        _router.GetAgent("a1").Queues.ShouldBe(["repair", "complaint"], ignoreOrder: true);
        _router.SetReady("a1").ShouldBeEmpty();

        // A repair caller waits although a1 (a repair member) is Ready: a1 did not log in to repair.
        _router.Enqueue("repair-caller", "repair").ShouldBeEmpty();
        _router.HasLoggedInMember("repair").ShouldBeFalse();
        _router.HasLoggedInMember("complaint").ShouldBeTrue();
        _router.Enqueue("complaint-caller", "complaint").ShouldHaveSingleItem().AgentIds.ShouldBe(["a1"]);
        _router.WaitingCount("repair").ShouldBe(1);
    }

    [Fact]
    public void Should_Refuse_A_Queue_The_Agent_Is_Not_A_Member_Of_And_An_Empty_Choice()
    {
        var refused = _router.Login("a1", ["complaint", "general", "no-such-queue"], "小休");
        refused.Succeeded.ShouldBeFalse();
        refused.NotMember.ShouldBe(["general", "no-such-queue"], ignoreOrder: true);
        _router.GetAgent("a1").State.ShouldBe(AgentState.LoggedOut); // all or nothing

        _router.Login("a1", [], "小休").Succeeded.ShouldBeFalse();
        _router.GetAgent("a1").State.ShouldBe(AgentState.LoggedOut);
    }

    [Fact]
    public void Should_Keep_The_State_On_A_Second_Login_And_Offer_A_Waiting_Caller_Of_A_Queue_Added_To_The_Choice()
    {
        _router.Login("a1", ["complaint"], "小休");
        _router.SetReady("a1");
        _router.Enqueue("repair-caller", "repair").ShouldBeEmpty();
        _router.TakeChanges();

        // The desktop reconnects with the same choice: nothing changes, no state event.
        _router.Login("a1", ["complaint"], "小休").Offers.ShouldBeEmpty();
        _router.GetAgent("a1").State.ShouldBe(AgentState.Ready);
        _router.TakeChanges().ShouldBeEmpty();

        // Logging in to all queues (null) while Ready: the waiting repair caller is offered at once.
        var all = _router.Login("a1", null, "小休");
        all.Offers.ShouldHaveSingleItem().CallId.ShouldBe("repair-caller");
        _router.GetAgent("a1").ActiveQueues.ShouldBe(["repair", "complaint"], ignoreOrder: true);
    }

    [Fact]
    public void Should_Stop_Offering_A_Queue_Dropped_From_The_Choice_While_Ready_And_Skip_It_In_Round_Robin()
    {
        _router.UpdateQueue(new AcdQueueSettings { Id = "repair", Skill = "repair", Strategy = RoutingStrategy.RoundRobinMemory });
        _router.Login("a1", null, "小休");
        _router.Login("a2", null, "小休");
        _router.SetReady("a1");
        _router.SetReady("a2");

        _router.Login("a1", ["complaint"], "小休").Succeeded.ShouldBeTrue();
        _router.GetAgent("a1").State.ShouldBe(AgentState.Ready);
        // Round-robin walks every member; a1 is skipped although Ready and next in turn.
        _router.Enqueue("r1", "repair").ShouldHaveSingleItem().AgentIds.ShouldBe(["a2"]);
        _router.Enqueue("r2", "repair").ShouldBeEmpty();
    }

    [Fact]
    public void Should_Drop_An_Active_Queue_The_Agent_Loses_The_Skill_For_And_Not_Add_A_New_One_To_A_Chosen_Subset()
    {
        _router.Login("a1", ["repair"], "小休");
        _router.SetReady("a1");
        _router.UpdateAgent("a1", new Dictionary<string, int> { ["complaint"] = 5, ["general"] = 5 });
        _router.GetAgent("a1").ActiveQueues.ShouldBeEmpty();
        _router.Enqueue("g1", "general").ShouldBeEmpty(); // general became a member queue, but a1 chose repair only

        _router.Login("a2", null, "小休");
        _router.SetReady("a2");
        _router.UpdateAgent("a2", new Dictionary<string, int> { ["repair"] = 3, ["general"] = 1 });
        _router.GetAgent("a2").ActiveQueues.ShouldBe(["repair", "general"], ignoreOrder: true); // logged in to all: follows
        _router.Tick().ShouldBeEmpty(); // g1 is already waiting; the next decision for general reaches a2
        _router.Enqueue("g2", "general").ShouldHaveSingleItem().CallId.ShouldBe("g1");
    }
}
