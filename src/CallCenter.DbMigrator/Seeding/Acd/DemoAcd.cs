using CallCenter.Acd;

namespace CallCenter.Seeding.Acd;

/// <summary>The demo queues and agents (README "Queues and agents"); the ACD's integration tests and ivr-main.json use them.</summary>
public static class DemoAcd
{
    public sealed record DemoQueue(string Name, string Skill, RoutingStrategy Strategy, int MinLevel, AcdTier[] Tiers,
        int MaxWaitSeconds, string? OverflowQueue, bool CallbackEnabled);

    public sealed record DemoAgent(string UserName, string Extension, (string Skill, int Level)[] Skills)
    {
        /// <summary>DEMO ONLY: a guessable password so testers can set up a softphone. Real agents get a generated one.</summary>
        public string SipPassword => "Agent#" + Extension;
    }

    public static readonly DemoQueue[] Queues =
    [
        // 综合组 first: the others overflow into it, so it must exist when they are added.
        new("综合组", "综合", RoutingStrategy.RoundRobinMemory, 1, [], 0, null, CallbackEnabled: true),
        new("报修组", "报修", RoutingStrategy.LongestIdle, 1, [], 300, "综合组", CallbackEnabled: true),
        // Complaints go to the most skilled first; after 30 s of waiting level 5 and up may take them.
        new("投诉组", "投诉", RoutingStrategy.SkillTopDown, 5, [new AcdTier(8, 0), new AcdTier(5, 30)], 180, "综合组", CallbackEnabled: false),
    ];

    public static readonly DemoAgent[] Agents =
    [
        new("agent", "8001", [("报修", 8), ("综合", 5)]),
        new("agent2", "8002", [("报修", 5), ("投诉", 7), ("综合", 5)]),
        new("agent3", "8003", [("投诉", 9), ("综合", 6)]),
        new("agent4", "8004", [("综合", 8)]),
    ];
}
