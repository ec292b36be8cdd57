using System.Runtime.InteropServices;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.SignalR.Client;

namespace CallCenter.AcdLoad;

/// <summary>All simulated agents: connect, log in, go Ready; wait for SIGTERM; report states and figures; log out.</summary>
public static class DeskSimulation
{
    public static async Task<int> RunAsync(Args args)
    {
        var url = args.Get("url");
        var wrapMs = args.Int("wrap-ms", 300);
        var rows = (await File.ReadAllLinesAsync(args.Get("agents"))).Where(l => l.Length > 0).Select(l => l.Split(';')).ToList();
        var figures = new DeskFigures();
        using var shared = new HttpClient();
        var stop = new TaskCompletionSource();
        using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => { c.Cancel = true; stop.TrySetResult(); });
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, c => { c.Cancel = true; stop.TrySetResult(); });

        var first = await Api.SignInAsync(shared, url, rows[0][0], rows[0][1]);
        var categoryId = LeafCategory(await first.GetAsync("/api/disposition-tree"));
        var agents = new DeskAgent[rows.Count];
        await Parallel.ForAsync(0, rows.Count, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, _) =>
        {
            var api = i == 0 ? first : await Api.SignInAsync(shared, url, rows[i][0], rows[i][1]);
            var hub = new HubConnectionBuilder()
                .WithUrl(url + "/hubs/agent-desk", o => o.AccessTokenProvider = () => Task.FromResult<string?>(api.Token))
                .WithAutomaticReconnect()
                .Build();
            hub.ServerTimeout = TimeSpan.FromSeconds(120); // a loaded 2-core machine can miss a keep-alive or two
            hub.Reconnected += _ => { figures.Error($"{rows[i][2]} reconnected (its desk was disconnected)"); return Task.CompletedTask; };
            var agent = new DeskAgent(rows[i][0], rows[i][2], api, hub, figures, categoryId, wrapMs);
            agent.Wire();
            await agent.StartAsync();
            agents[i] = agent;
        });
        // The phones register at the registrar's pace (one source: 10 challenges a second): wait until every desk shows its phone.
        var registered = 0;
        for (var i = 0; i < 180; i++)
        {
            registered = 0;
            foreach (var agent in agents) if (await agent.PhoneRegisteredAsync()) registered++;
            if (registered == agents.Length) break;
            await Task.Delay(1000);
        }
        Console.WriteLine($"desks ready: {agents.Length} agents logged in and Ready, {registered} phones registered");

        await stop.Task;
        var states = new Dictionary<string, int>();
        foreach (var agent in agents)
        {
            string state;
            try { state = await agent.StateAsync(); }
            catch (Exception e) { state = "unknown (" + e.GetType().Name + ")"; }
            states[state] = states.GetValueOrDefault(state) + 1;
        }
        Console.WriteLine($"desk states at the end: {string.Join(", ", states.OrderBy(s => s.Key).Select(s => $"{s.Key} {s.Value}"))}");
        Console.WriteLine($"desk calls: offered {figures.Offered}, connected {figures.Connected}, wrapped up {figures.WrappedUp}, " +
                          $"set NotReady by missed rings {figures.MissedNotReady}, " +
                          $"API 5xx retried {figures.Retries}, errors {figures.Errors}");
        Console.WriteLine($"client: offer → CallOffered received: {figures.Push.Describe()}");
        Console.WriteLine($"client: offer → screen pop fetched and ScreenPopShown sent: {figures.Pop.Describe()}");
        foreach (var e in figures.FirstErrors) Console.WriteLine($"desk error: {e}");
        await Parallel.ForEachAsync(agents, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (a, _) =>
        {
            try { await a.Hub.InvokeAsync<System.Text.Json.JsonElement>("Logout"); await a.Hub.DisposeAsync(); }
            catch { /* the host may be going away; nothing to report */ }
        });
        return 0;
    }

    /// <summary>A leaf of the disposition tree that opens no work order: a plain consultation the load's contacts are filed under.</summary>
    private static string LeafCategory(JsonNode? tree)
    {
        var nodes = tree!.AsArray().Select(n => n!).Where(n => n["isActive"]!.GetValue<bool>()).ToList();
        var parents = nodes.Select(n => n["parentId"]?.GetValue<string>()).Where(p => p is not null).ToHashSet();
        return nodes.First(n => !parents.Contains(n["id"]!.GetValue<string>()) && n["opensWorkOrderType"] is null)["id"]!.GetValue<string>();
    }
}
