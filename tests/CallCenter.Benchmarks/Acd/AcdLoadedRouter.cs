using CallCenter.Acd;
using CallCenter.Voice.Acd;

namespace CallCenter.Benchmarks.Acd;

/// <summary>
/// The router in the state the target names: 1,000 agents in 50 queues (three skills each, levels 1–10, the six
/// strategies spread over the queues, tiers on the top-down ones), every agent on a call and 5,000 callers waiting.
/// One <see cref="Cycle"/> is an agent finishing a call (routing decision: the best waiting caller across the agent's
/// queues, reserved) and a new caller arriving (routing decision: nobody free, the caller waits), so the load stays put.
/// </summary>
public sealed class AcdLoadedRouter
{
    public const int Agents = 1_000;
    public const int Queues = 50;
    public const int Waiting = 5_000;
    private readonly Random _random = new(16);
    private readonly ManualClock _time = new();
    private long _calls;
    private int _next;

    public AcdLoadedRouter()
    {
        Router = new AcdRouter(_time);
        var strategies = Enum.GetValues<RoutingStrategy>();
        for (var q = 0; q < Queues; q++)
        {
            var strategy = strategies[q % strategies.Length];
            Router.AddQueue(new AcdQueueSettings
            {
                Id = $"q{q}",
                Skill = $"s{q}",
                Strategy = strategy,
                Tiers = strategy == RoutingStrategy.SkillTopDown ? [new SkillTier(8, TimeSpan.Zero), new SkillTier(5, TimeSpan.FromSeconds(30)), new SkillTier(1, TimeSpan.FromSeconds(90))] : [],
            });
        }
        for (var a = 0; a < Agents; a++)
        {
            var skills = new Dictionary<string, int>();
            while (skills.Count < 3) skills[$"s{_random.Next(Queues)}"] = _random.Next(1, 11);
            Router.AddAgent($"a{a}", $"{1000 + a}", skills);
        }
        // Every agent takes a call, then the queues fill up behind them.
        for (var a = 0; a < Agents; a++)
        {
            foreach (var offer in Router.SetReady($"a{a}")) Answer(offer);
        }
        while (Busy() < Agents)
        {
            for (var i = 0; i < 500; i++)
            {
                foreach (var offer in Router.Enqueue(NewCallId(), $"q{_random.Next(Queues)}")) Answer(offer);
            }
            // Agents whose only queues are top-down at a low level wait for the tiers to open.
            _time.Advance(TimeSpan.FromSeconds(100));
            foreach (var offer in Router.Tick()) Answer(offer);
        }
        for (var waiting = WaitingNow(); waiting < Waiting; waiting++)
        {
            if (Router.Enqueue(NewCallId(), $"q{_random.Next(Queues)}").Count != 0) throw new InvalidOperationException("an agent was free");
        }
        if (WaitingNow() < Waiting) throw new InvalidOperationException($"only {WaitingNow()} waiting");
    }

    public AcdRouter Router { get; }

    /// <summary>Latency of the last cycle's two decisions, in Stopwatch ticks.</summary>
    public (long FreedAgent, long NewCaller) Cycle()
    {
        var agent = $"a{_next++ % Agents}";
        _time.Advance(TimeSpan.FromMilliseconds(1));
        Router.CallEnded(agent);
        var t0 = System.Diagnostics.Stopwatch.GetTimestamp();
        var offers = Router.EndWrapUp(agent);
        var t1 = System.Diagnostics.Stopwatch.GetTimestamp();
        foreach (var offer in offers) Answer(offer);
        var t2 = System.Diagnostics.Stopwatch.GetTimestamp();
        var arrival = Router.Enqueue(NewCallId(), $"q{_random.Next(Queues)}");
        var t3 = System.Diagnostics.Stopwatch.GetTimestamp();
        foreach (var offer in arrival) Answer(offer);
        if (_next % 1000 == 0) Router.Tick();
        return (t1 - t0, t3 - t2);
    }

    public int WaitingNow()
    {
        var waiting = 0;
        for (var q = 0; q < Queues; q++) waiting += Router.WaitingCount($"q{q}");
        return waiting;
    }

    private void Answer(AcdOffer offer)
    {
        if (!Router.Answered(offer.CallId, offer.AgentIds[0]).Connected) throw new InvalidOperationException("answer refused");
    }

    private int Busy()
    {
        var busy = 0;
        for (var a = 0; a < Agents; a++)
        {
            if (Router.GetAgent($"a{a}").State != AgentState.Ready) busy++;
        }
        return busy;
    }

    private string NewCallId() => $"c{++_calls}";
}
