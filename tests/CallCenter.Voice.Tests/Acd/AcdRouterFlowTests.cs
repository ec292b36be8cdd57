using CallCenter.Acd;
using CallCenter.Voice.Acd;
using Microsoft.Extensions.Time.Testing;

namespace CallCenter.Voice.Tests.Acd;

/// <summary>Callers and agents moving through the router: priority, missed rings, wrap-up, abandonment, several queues.</summary>
public class AcdRouterFlowTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 7, 8, 0, 0, TimeSpan.Zero));
    private readonly AcdRouter _router;

    public AcdRouterFlowTests()
    {
        _router = new AcdRouter(_time, new AcdRouterOptions { MissesBeforeNotReady = 2 });
        _router.AddQueue(new AcdQueueSettings { Id = "repair", Skill = "repair", WrapUp = TimeSpan.FromSeconds(30) });
        _router.AddQueue(new AcdQueueSettings { Id = "complaint", Skill = "complaint", MinLevel = 5, WrapUp = TimeSpan.FromSeconds(60) });
    }

    private void Agent(string id, int repair, int complaint = 0) =>
        _router.AddAgent(id, id, new Dictionary<string, int> { ["repair"] = repair, ["complaint"] = complaint });

    [Fact]
    public void Should_Queue_Callers_By_Priority_Then_Wait_And_Offer_Them_As_Agents_Free_Up()
    {
        Agent("a1", 5);
        _router.SetNotReady("a1", "会议");
        _router.Enqueue("first", "repair").ShouldBeEmpty();
        _time.Advance(TimeSpan.FromSeconds(5));
        _router.Enqueue("second", "repair").ShouldBeEmpty();
        _router.Enqueue("complaint-flag", "repair", priority: 10).ShouldBeEmpty();
        _router.WaitingCount("repair").ShouldBe(3);

        _router.SetReady("a1").ShouldHaveSingleItem().CallId.ShouldBe("complaint-flag");
        _router.Answered("complaint-flag", "a1");
        _router.CallEnded("a1");
        _router.GetAgent("a1").State.ShouldBe(AgentState.WrapUp);
        _time.Advance(TimeSpan.FromSeconds(29));
        _router.Tick().ShouldBeEmpty();
        _time.Advance(TimeSpan.FromSeconds(1));
        _router.Tick().ShouldHaveSingleItem().CallId.ShouldBe("first");
    }

    [Fact]
    public void Should_Move_A_Missed_Call_To_The_Next_Agent_And_Set_An_Agent_NotReady_After_Repeated_Misses()
    {
        Agent("a1", 5);
        Agent("a2", 5);
        _router.SetReady("a1");
        _time.Advance(TimeSpan.FromSeconds(1));
        _router.SetReady("a2");

        _router.Enqueue("c1", "repair").ShouldHaveSingleItem().AgentIds.ShouldBe(["a1"]);
        var next = _router.RingFailed("c1", "a1").ShouldHaveSingleItem();
        next.CallId.ShouldBe("c1");
        next.AgentIds.ShouldBe(["a2"]);
        _router.GetAgent("a1").State.ShouldBe(AgentState.Ready);
        _router.GetAgent("a1").ConsecutiveMisses.ShouldBe(1);

        // a2 misses too: a1 is the only one left, so the call comes back to a1 rather than waiting.
        _router.RingFailed("c1", "a2").ShouldHaveSingleItem().AgentIds.ShouldBe(["a1"]);
        _router.RingFailed("c1", "a1").ShouldHaveSingleItem().AgentIds.ShouldBe(["a2"]);
        var a1 = _router.GetAgent("a1");
        a1.State.ShouldBe(AgentState.NotReady);
        a1.NotReadyReason.ShouldBe("未接");
        _router.Answered("c1", "a2").Connected.ShouldBeTrue();
        _router.GetAgent("a2").ConsecutiveMisses.ShouldBe(0);
    }

    [Fact]
    public void Should_Keep_A_Missed_Callers_Place_In_Line()
    {
        Agent("a1", 5);
        _router.SetReady("a1");
        _router.Enqueue("early", "repair").ShouldHaveSingleItem();
        _time.Advance(TimeSpan.FromSeconds(10));
        _router.Enqueue("late", "repair").ShouldBeEmpty();
        // The only agent misses "early": it is offered "early" again before "late", which arrived later.
        _router.RingFailed("early", "a1").ShouldHaveSingleItem().CallId.ShouldBe("early");
    }

    [Fact]
    public void Should_Release_Ringing_Agents_And_Report_The_Wait_When_The_Caller_Hangs_Up()
    {
        Agent("a1", 5);
        _router.Enqueue("gone", "repair").ShouldBeEmpty();
        _time.Advance(TimeSpan.FromSeconds(42));
        var abandoned = _router.Abandon("gone");
        abandoned.Found.ShouldBeTrue();
        abandoned.Waited.ShouldBe(TimeSpan.FromSeconds(42));
        _router.WaitingCount("repair").ShouldBe(0);

        _router.SetReady("a1");
        _router.Enqueue("ringing", "repair").ShouldHaveSingleItem();
        _router.Enqueue("behind", "repair").ShouldBeEmpty();
        var leftWhileRinging = _router.Abandon("ringing");
        leftWhileRinging.CancelAgents.ShouldBe(["a1"]);
        leftWhileRinging.Offers.ShouldHaveSingleItem().CallId.ShouldBe("behind"); // a1 goes straight to the next caller
        _router.Abandon("ringing").Found.ShouldBeFalse();
        _router.Answered("ringing", "a1").Connected.ShouldBeFalse();
    }

    [Fact]
    public void Should_Give_A_Free_Agent_The_Best_Caller_Across_Their_Queues()
    {
        Agent("a1", 5, complaint: 7);
        Agent("junior", 5, complaint: 2); // below the complaint queue's minimum level 5
        _router.Enqueue("repair-old", "repair").ShouldBeEmpty();
        _time.Advance(TimeSpan.FromSeconds(20));
        _router.Enqueue("complaint-urgent", "complaint", priority: 3).ShouldBeEmpty();

        _router.SetReady("junior").ShouldHaveSingleItem().CallId.ShouldBe("repair-old");
        _router.SetReady("a1").ShouldHaveSingleItem().CallId.ShouldBe("complaint-urgent");
    }

    [Fact]
    public void Should_Use_The_Queue_Wrap_Up_Time_And_Let_The_Agent_End_It_Early()
    {
        Agent("a1", 5, complaint: 7);
        _router.SetReady("a1");
        _router.Enqueue("c1", "complaint").ShouldHaveSingleItem();
        _router.Answered("c1", "a1");
        _time.Advance(TimeSpan.FromMinutes(3));
        _router.CallEnded("a1");
        _router.Enqueue("c2", "repair").ShouldBeEmpty(); // wrapping up: not offered
        _time.Advance(TimeSpan.FromSeconds(59));
        _router.Tick().ShouldBeEmpty();
        _router.EndWrapUp("a1").ShouldHaveSingleItem().CallId.ShouldBe("c2");
    }

    [Fact]
    public void Should_Not_Let_Agents_Change_State_While_Ringing_Or_Talking()
    {
        Agent("a1", 5);
        _router.SetReady("a1");
        _router.Enqueue("c1", "repair").ShouldHaveSingleItem();
        _router.SetNotReady("a1", "小休").ShouldBeFalse();
        _router.Logout("a1").ShouldBeFalse();
        _router.SetReady("a1").ShouldBeEmpty();
        _router.GetAgent("a1").State.ShouldBe(AgentState.Reserved);
        _router.GetAgent("a1").CallId.ShouldBe("c1");
    }
}
