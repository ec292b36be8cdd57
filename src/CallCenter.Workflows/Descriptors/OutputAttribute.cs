namespace CallCenter.Workflows.Descriptors;

/// <summary>A value the activity publishes under outputs[activityId][name].</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class OutputAttribute(string name, string type) : Attribute
{
    public string Name { get; } = name;
    public string Type { get; } = type;
    public string DisplayNameZh { get; init; } = "";
    public string DisplayNameEn { get; init; } = "";
}
