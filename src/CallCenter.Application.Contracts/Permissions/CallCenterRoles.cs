namespace CallCenter.Permissions;

/// <summary>The seeded roles. Station-scoped roles see only their own station's data.</summary>
public static class CallCenterRoles
{
    public const string Administrator = "Administrator";
    public const string Supervisor = "Supervisor";
    public const string Agent = "Agent";
    public const string RevisitAgent = "RevisitAgent";
    public const string Dispatcher = "Dispatcher";
    public const string StationDispatcher = "StationDispatcher";
    public const string Technician = "Technician";
    public const string Analyst = "Analyst";
    public const string QualityInspector = "QualityInspector";
    public const string KnowledgeEditor = "KnowledgeEditor";

    public static IReadOnlyList<string> All { get; } =
    [
        Administrator, Supervisor, Agent, RevisitAgent, Dispatcher,
        StationDispatcher, Technician, Analyst, QualityInspector, KnowledgeEditor,
    ];

    public static IReadOnlySet<string> StationScoped { get; } = new HashSet<string> { StationDispatcher, Technician };
}
