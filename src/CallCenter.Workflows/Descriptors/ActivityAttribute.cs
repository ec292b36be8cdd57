namespace CallCenter.Workflows.Descriptors;

/// <summary>Describes an activity class to the registry and the designer, in both shipped languages.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ActivityAttribute(string type, string category) : Attribute
{
    public string Type { get; } = type;
    public string Category { get; } = category;
    public string DisplayNameZh { get; init; } = "";
    public string DisplayNameEn { get; init; } = "";
    public string DescriptionZh { get; init; } = "";
    public string DescriptionEn { get; init; } = "";
    public ActivityKind Kind { get; init; } = ActivityKind.Action;

    /// <summary>Ports the activity can complete through; "Done" when empty.</summary>
    public string[] Outcomes { get; init; } = ["Done"];

    /// <summary>Name of a string-list input whose items are extra ports (Switch cases, Fork branches).</summary>
    public string? OutcomesFromInput { get; init; }

    /// <summary>
    /// Running it changes nothing but the instance's own state (variables, outputs, bookmarks, journal): no message sent,
    /// no row of another aggregate written, no call or HTTP exchange touched. A resume whose every reachable activity is
    /// side-effect free may be run before the instance is leased and committed optimistically (ADR 0200 D11), because
    /// discarding such a run when the commit loses a race is invisible. Off unless an activity says so.
    /// </summary>
    public bool SideEffectFree { get; init; }
}
