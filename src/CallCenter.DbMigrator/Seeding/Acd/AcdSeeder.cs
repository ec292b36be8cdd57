using CallCenter.Acd;
using CallCenter.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CallCenter.Seeding.Acd;

/// <summary>
/// Demo queues and agents (extensions 8001–8004 with skills and the demo SIP passwords, stored as HA1). Idempotent: a
/// queue is matched by name, an agent by user; what exists (an administrator's edits included) is left as it is.
/// The realm is the host's <c>Voice:Sip:Realm</c> when set in the environment (<c>Voice__Sip__Realm</c>), else the default.
/// </summary>
public sealed class AcdSeeder(CallCenterDbContext db, TimeProvider clock, ILogger logger)
{
    public async Task SeedAsync(CancellationToken ct = default)
    {
        var queues = await db.AcdQueues.ToDictionaryAsync(q => q.Name, ct);
        foreach (var demo in DemoAcd.Queues.Where(q => !queues.ContainsKey(q.Name)))
        {
            var queue = new QueueDefinition(demo.Name, demo.Skill, demo.Strategy);
            queue.SetRouting(demo.Name, demo.Skill, demo.MinLevel, demo.Strategy, demo.Tiers);
            queue.SetTimes(AcdConsts.DefaultRingTimeoutSeconds, AcdConsts.DefaultWrapUpSeconds, demo.MaxWaitSeconds, 30);
            var overflow = demo.OverflowQueue is { } name && queues.TryGetValue(name, out var target) ? target.Id.ToString() : null;
            queue.SetOverflow(overflow is null ? QueueOverflowKind.None : QueueOverflowKind.Queue, overflow);
            // Not joined when nobody is logged in: ivr-main then takes its message/transfer branches (NoAgents) instead of
            // keeping a caller in a queue no one staffs — the demo at night, and the IVR tests that press 1/3/0.
            queue.SetPolicies(joinWhenEmpty: false, useBusinessHours: false, demo.CallbackEnabled);
            db.AcdQueues.Add(queue);
            queues[demo.Name] = queue;
        }

        var realm = Environment.GetEnvironmentVariable("Voice__Sip__Realm") is { Length: > 0 } r ? r : AcdConsts.DefaultSipRealm;
        var userNames = DemoAcd.Agents.Select(a => a.UserName).ToList();
        var users = await db.Users.Where(u => userNames.Contains(u.UserName!)).ToDictionaryAsync(u => u.UserName!, u => u.Id, ct);
        var profiled = (await db.AcdAgents.Select(a => a.Id).ToListAsync(ct)).ToHashSet();
        var taken = (await db.AcdAgents.Select(a => a.Extension).ToListAsync(ct)).ToHashSet();
        foreach (var demo in DemoAcd.Agents)
        {
            if (!users.TryGetValue(demo.UserName, out var userId) || profiled.Contains(userId) || taken.Contains(demo.Extension)) continue;
            var agent = new AgentProfile(userId, demo.Extension);
            agent.Configure(demo.Extension, demo.Skills.Select(s => new AgentSkill(s.Skill, s.Level)), enabled: true);
            agent.SetSipCredentials(realm, SipHa1.Md5(demo.Extension, realm, demo.SipPassword),
                SipHa1.Sha256(demo.Extension, realm, demo.SipPassword), clock.GetUtcNow());
            db.AcdAgents.Add(agent);
        }
        await db.SaveChangesAsync(ct);
        logger.LogInformation("ACD demo queues and agents ready");
    }
}
