using System.Globalization;

namespace CallCenter.AcdLoad;

/// <summary>
/// The simulated agents, made the way an administrator makes them: a user with role Agent (users page), an extension
/// and skill 综合 level 5 (PUT /api/acd/agents/{id}), a generated SIP password (POST …/sip-password, shown once,
/// stored as HA1 only). Through the API rather than a DbMigrator option so the load test also exercises that path.
/// </summary>
public static class AgentSetup
{
    public static async Task<int> RunAsync(Args args)
    {
        var url = args.Get("url");
        var count = args.Int("agents", 200);
        var first = args.Int("first-extension", 8100);
        var dir = args.Get("out");
        using var shared = new HttpClient();
        var admin = await Api.SignInAsync(shared, url, "admin", "CallCenter#2026");
        await OpenRoundTheClockAsync(admin);
        var agents = new string[count];
        var sipp = new string[count];
        // A few at a time: password hashing dominates and the machine is small.
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, _) =>
        {
            var extension = (first + i).ToString(CultureInfo.InvariantCulture);
            var userName = "load" + extension;
            var password = "Load#" + extension + "x";
            var user = await admin.PostAsync("/api/users", new
            {
                userName, displayName = "压测坐席" + extension, password, roles = new[] { "Agent" },
            });
            var id = user!["id"]!.GetValue<string>();
            await admin.PutAsync($"/api/acd/agents/{id}", new { extension, skills = new[] { new { skill = "综合", level = 5 } }, enabled = true });
            var sip = await admin.PostAsync($"/api/acd/agents/{id}/sip-password", null);
            agents[i] = $"{userName};{password};{extension}";
            // sipp expands keywords read from a field, not keywords nested in another one: the whole [authentication] goes in.
            sipp[i] = $"{extension};[authentication username={extension} password={sip!["password"]!.GetValue<string>()}]";
        });
        await File.WriteAllLinesAsync(Path.Combine(dir, "agents.csv"), agents);
        // sipp's -inf: first line says how rows are used (SEQUENTIAL: row n for call n).
        await File.WriteAllLinesAsync(Path.Combine(dir, "sipp-agents.csv"), ["SEQUENTIAL", .. sipp]);
        Console.WriteLine($"created {count} agents, extensions {first}–{first + count - 1}");
        return 0;
    }

    /// <summary>The run may start at any hour: the company calendar is opened round the clock (as the voice tests do), so ivr-main takes the menu branch.</summary>
    private static async Task OpenRoundTheClockAsync(Api admin)
    {
        var current = await admin.GetAsync("/api/business-calendar");
        await admin.PutAsync("/api/business-calendar", new
        {
            name = current!["name"]!.GetValue<string>(),
            timeZone = current["timeZone"]!.GetValue<string>(),
            concurrencyStamp = current["concurrencyStamp"]?.GetValue<string>(),
            specialDays = Array.Empty<object>(),
            workingHours = Enum.GetNames<DayOfWeek>().Select(d => new { day = d, start = "00:00", end = "24:00" }).ToArray(),
        });
    }
}
