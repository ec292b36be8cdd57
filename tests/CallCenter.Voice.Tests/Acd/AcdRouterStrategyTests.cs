using CallCenter.Acd;
using CallCenter.Voice.Acd;
using Microsoft.Extensions.Time.Testing;

namespace CallCenter.Voice.Tests.Acd;

/// <summary>Each routing strategy on the in-memory router, time from a FakeTimeProvider.</summary>
public class AcdRouterStrategyTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 7, 8, 0, 0, TimeSpan.Zero));
    private readonly AcdRouter _router;

    public AcdRouterStrategyTests() => _router = new AcdRouter(_time);

    private void Queue(RoutingStrategy strategy, params SkillTier[] tiers) =>
        _router.AddQueue(new AcdQueueSettings { Id = "repair", Skill = "repair", Strategy = strategy, Tiers = tiers, WrapUp = TimeSpan.FromSeconds(30) });

    private void Agents(params (string Id, int Level)[] agents)
    {
        foreach (var (id, level) in agents) _router.AddAgent(id, "10" + id[^1], new Dictionary<string, int> { ["repair"] = level });
    }

    /// <summary>Makes agents Ready one second apart, in the order given (the first is idle the longest).</summary>
    private void ReadyInOrder(params string[] ids)
    {
        foreach (var id in ids)
        {
            _router.SetReady(id).ShouldBeEmpty();
            _time.Advance(TimeSpan.FromSeconds(1));
        }
    }

    /// <summary>One whole call: offered, answered, talked for <paramref name="talk"/>, wrapped up and ended.</summary>
    private string TakeCall(string callId, TimeSpan talk)
    {
        var offer = _router.Enqueue(callId, "repair").ShouldHaveSingleItem();
        var agent = offer.AgentIds.ShouldHaveSingleItem();
        _router.Answered(callId, agent).Connected.ShouldBeTrue();
        _time.Advance(talk);
        _router.CallEnded(agent);
        _router.EndWrapUp(agent);
        return agent;
    }

    [Fact]
    public void Should_Offer_The_Longest_Idle_Agent()
    {
        Queue(RoutingStrategy.LongestIdle);
        Agents(("a1", 5), ("a2", 5), ("a3", 5));
        ReadyInOrder("a2", "a3", "a1");

        TakeCall("c1", TimeSpan.FromSeconds(10)).ShouldBe("a2");
        TakeCall("c2", TimeSpan.FromSeconds(10)).ShouldBe("a3");
        TakeCall("c3", TimeSpan.FromSeconds(10)).ShouldBe("a1");
        TakeCall("c4", TimeSpan.FromSeconds(10)).ShouldBe("a2"); // free again since the end of c1
    }

    [Fact]
    public void Should_Ring_Every_Ready_Agent_And_Cancel_The_Others_When_One_Answers()
    {
        Queue(RoutingStrategy.RingAll);
        Agents(("a1", 5), ("a2", 5), ("a3", 5));
        ReadyInOrder("a1", "a2", "a3");

        var offer = _router.Enqueue("c1", "repair").ShouldHaveSingleItem();
        offer.AgentIds.OrderBy(a => a).ShouldBe(["a1", "a2", "a3"]);
        _router.GetAgent("a2").State.ShouldBe(AgentState.Reserved);

        var answer = _router.Answered("c1", "a2");
        answer.Connected.ShouldBeTrue();
        answer.CancelAgents.OrderBy(a => a).ShouldBe(["a1", "a3"]);
        _router.GetAgent("a1").State.ShouldBe(AgentState.Ready);
        _router.GetAgent("a1").ConsecutiveMisses.ShouldBe(0); // losing the race is not a miss
        _router.GetAgent("a2").State.ShouldBe(AgentState.OnCall);
        _router.Answered("c1", "a3").Connected.ShouldBeFalse(); // a late answer from a cancelled phone
    }

    [Fact]
    public void Should_Go_Round_Robin_Remembering_The_Last_Agent_Offered()
    {
        Queue(RoutingStrategy.RoundRobinMemory);
        Agents(("a1", 5), ("a2", 5), ("a3", 5));
        ReadyInOrder("a3", "a2", "a1"); // idle order does not matter here

        TakeCall("c1", TimeSpan.FromSeconds(5)).ShouldBe("a1");
        TakeCall("c2", TimeSpan.FromSeconds(5)).ShouldBe("a2");
        _router.SetNotReady("a3", "小休").ShouldBeTrue();
        TakeCall("c3", TimeSpan.FromSeconds(5)).ShouldBe("a1"); // a3 skipped, the memory wraps
        _router.SetReady("a3");
        TakeCall("c4", TimeSpan.FromSeconds(5)).ShouldBe("a2");
        TakeCall("c5", TimeSpan.FromSeconds(5)).ShouldBe("a3");
    }

    [Fact]
    public void Should_Offer_The_Agent_With_The_Fewest_Calls()
    {
        Queue(RoutingStrategy.FewestCalls);
        Agents(("a1", 5), ("a2", 5));
        ReadyInOrder("a1", "a2");
        TakeCall("c1", TimeSpan.FromSeconds(5)).ShouldBe("a1");
        TakeCall("c2", TimeSpan.FromSeconds(5)).ShouldBe("a2");
        TakeCall("c3", TimeSpan.FromSeconds(5)).ShouldBe("a1"); // 1 call each: the longer idle
        _router.SetNotReady("a2", "用餐");
        TakeCall("c4", TimeSpan.FromSeconds(5)).ShouldBe("a1");
        _router.SetReady("a2");
        TakeCall("c5", TimeSpan.FromSeconds(5)).ShouldBe("a2"); // 1 call against a1's 3, though a1 is idle longer
        _router.GetAgent("a1").CallsTaken.ShouldBe(3);
    }

    [Fact]
    public void Should_Offer_The_Agent_With_The_Least_Talk_Time()
    {
        Queue(RoutingStrategy.LeastTalkTime);
        Agents(("a1", 5), ("a2", 5));
        ReadyInOrder("a1", "a2");
        TakeCall("c1", TimeSpan.FromMinutes(10)).ShouldBe("a1");
        TakeCall("c2", TimeSpan.FromMinutes(1)).ShouldBe("a2");
        TakeCall("c3", TimeSpan.FromMinutes(1)).ShouldBe("a2");
        TakeCall("c4", TimeSpan.FromMinutes(1)).ShouldBe("a2");
        _router.GetAgent("a2").TalkTime.ShouldBe(TimeSpan.FromMinutes(3));
        _router.GetAgent("a1").TalkTime.ShouldBe(TimeSpan.FromMinutes(10));
    }

    [Fact]
    public void Should_Offer_The_Highest_Level_First_And_Widen_The_Tiers_As_The_Caller_Waits()
    {
        Queue(RoutingStrategy.SkillTopDown, new SkillTier(8, TimeSpan.Zero), new SkillTier(5, TimeSpan.FromSeconds(30)), new SkillTier(1, TimeSpan.FromSeconds(60)));
        Agents(("a1", 3), ("a2", 6), ("a3", 9), ("a4", 7));
        ReadyInOrder("a1", "a2", "a3", "a4");

        _router.Enqueue("c1", "repair").ShouldHaveSingleItem().AgentIds.ShouldBe(["a3"]);
        _router.Enqueue("c2", "repair").ShouldBeEmpty(); // nobody of level 8 or more is free
        _time.Advance(TimeSpan.FromSeconds(29));
        _router.Tick().ShouldBeEmpty();
        _time.Advance(TimeSpan.FromSeconds(1));
        _router.Tick().ShouldHaveSingleItem().AgentIds.ShouldBe(["a4"]); // level 5+ now; 7 beats 6
        _router.Enqueue("c3", "repair").ShouldBeEmpty();
        _time.Advance(TimeSpan.FromSeconds(30));
        _router.Tick().ShouldHaveSingleItem().AgentIds.ShouldBe(["a2"]); // level 5+: a2 (6); a1 (3) is not yet
        _router.Enqueue("c4", "repair").ShouldBeEmpty();
        _time.Advance(TimeSpan.FromSeconds(59));
        _router.Tick().ShouldBeEmpty();
        _time.Advance(TimeSpan.FromSeconds(1));
        _router.Tick().ShouldHaveSingleItem().AgentIds.ShouldBe(["a1"]);
    }

    [Fact]
    public void Should_Let_A_Longer_Waiting_Lower_Priority_Caller_Reach_A_Lower_Level_Agent()
    {
        // mod_callcenter #1221: a top-down queue stalled behind a caller nobody could take. Here the head caller
        // (higher priority, just arrived, needs level 8) does not keep the older caller from the level-3 agent.
        Queue(RoutingStrategy.SkillTopDown, new SkillTier(8, TimeSpan.Zero), new SkillTier(1, TimeSpan.FromSeconds(60)));
        Agents(("a1", 3));
        _router.Enqueue("old", "repair").ShouldBeEmpty();
        _time.Advance(TimeSpan.FromSeconds(60));
        _router.Enqueue("vip", "repair", priority: 5).ShouldBeEmpty();
        _router.SetReady("a1").ShouldHaveSingleItem().CallId.ShouldBe("old");
    }
}
