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
}
