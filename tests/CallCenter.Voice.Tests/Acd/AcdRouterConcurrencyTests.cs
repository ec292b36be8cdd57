using CallCenter.Acd;
using System.Collections.Concurrent;
using CallCenter.Voice.Acd;

namespace CallCenter.Voice.Tests.Acd;

/// <summary>Reservation is atomic: with callers, answers and agents changing state on many threads, no agent ever holds two offers.</summary>
public class AcdRouterConcurrencyTests
{
    [Fact]
    public async Task Should_Never_Offer_An_Agent_Two_Calls_At_Once()
    {
        var router = new AcdRouter(TimeProvider.System);
        router.AddQueue(new AcdQueueSettings { Id = "q", Skill = "s", WrapUp = TimeSpan.Zero });
        router.AddQueue(new AcdQueueSettings { Id = "all", Skill = "s", Strategy = RoutingStrategy.RingAll, WrapUp = TimeSpan.Zero });
        const int agents = 20;
        for (var i = 0; i < agents; i++)
        {
            router.AddAgent($"a{i}", $"{1000 + i}", new Dictionary<string, int> { ["s"] = 5 });
            router.SetReady($"a{i}");
        }
        var holding = new ConcurrentDictionary<string, string>(); // agent → call it was offered and has not finished
        var violations = 0;
        var answered = 0;
        var offers = new BlockingCollection<AcdOffer>();

        void Take(IEnumerable<AcdOffer> made)
        {
            foreach (var offer in made)
            {
                foreach (var agent in offer.AgentIds)
                {
                    if (!holding.TryAdd(agent, offer.CallId)) Interlocked.Increment(ref violations);
                }
                offers.Add(offer);
            }
        }

        var callers = Task.Run(() => Parallel.For(0, 2000, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
            Take(router.Enqueue($"c{i}", i % 3 == 0 ? "all" : "q"))));
        var phones = Task.Run(() => Parallel.For(0, 4, worker =>
        {
            while (Volatile.Read(ref answered) < 2000 && offers.TryTake(out var offer, TimeSpan.FromSeconds(5)))
            {
                var winner = offer.AgentIds[Random.Shared.Next(offer.AgentIds.Count)];
                if (Random.Shared.Next(10) == 0 && offer.AgentIds.Count == 1)
                {
                    holding.TryRemove(winner, out _);
                    Take(router.RingFailed(offer.CallId, winner));
                    continue;
                }
                // Released in our books before the router frees them: until then they are Reserved there, so an
                // offer naming them in between would be a real double offer, never a race of this test.
                foreach (var other in offer.AgentIds.Where(a => a != winner)) holding.TryRemove(other, out _);
                var outcome = router.Answered(offer.CallId, winner);
                outcome.Connected.ShouldBeTrue();
                outcome.CancelAgents.Count.ShouldBe(offer.AgentIds.Count - 1);
                Take(outcome.Offers);
                Interlocked.Increment(ref answered);
                router.CallEnded(winner);
                holding.TryRemove(winner, out _);
                Take(router.EndWrapUp(winner));
            }
        }));
        await Task.WhenAll(callers, phones);

        violations.ShouldBe(0);
        answered.ShouldBe(2000);
        router.WaitingCount("q").ShouldBe(0);
        router.WaitingCount("all").ShouldBe(0);
    }
}
