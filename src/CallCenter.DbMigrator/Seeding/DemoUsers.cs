using CallCenter.Permissions;

namespace CallCenter.Seeding;

/// <summary>One demo login per role (run.sh prints them). Station-scoped users belong to the first station.</summary>
public static class DemoUsers
{
    public const string Password = "CallCenter#2026";

    public static readonly (string UserName, string DisplayName, string Role, string? StationCode)[] All =
    [
        ("admin", "系统管理员", CallCenterRoles.Administrator, null),
        ("supervisor", "李班长", CallCenterRoles.Supervisor, null),
        ("agent", "张话务", CallCenterRoles.Agent, null),
        // Four agents so the ACD's demo queues have someone to route among (extensions 8001–8004, Seeding/Acd/DemoAcd).
        ("agent2", "钱话务", CallCenterRoles.Agent, null),
        ("agent3", "冯话务", CallCenterRoles.Agent, null),
        ("agent4", "何话务", CallCenterRoles.Agent, null),
        ("revisit", "刘回访", CallCenterRoles.RevisitAgent, null),
        ("dispatcher", "陈调度", CallCenterRoles.Dispatcher, null),
        ("station1", "赵站长", CallCenterRoles.StationDispatcher, "HR01"),
        ("tech1", "孙师傅", CallCenterRoles.Technician, "HR01"),
        ("tech2", "周师傅", CallCenterRoles.Technician, "HR02"),
        ("analyst", "吴分析", CallCenterRoles.Analyst, null),
        ("inspector", "郑质检", CallCenterRoles.QualityInspector, null),
        ("editor", "王编辑", CallCenterRoles.KnowledgeEditor, null),
    ];
}
