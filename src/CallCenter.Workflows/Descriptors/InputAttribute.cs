namespace CallCenter.Workflows.Descriptors;

/// <summary>One input of an activity; declared on the class so descriptors need no instance.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class InputAttribute(string name, string type, UiHint uiHint) : Attribute
{
    public string Name { get; } = name;
    public string Type { get; } = type;
    public UiHint UiHint { get; } = uiHint;
    public string DisplayNameZh { get; init; } = "";
    public string DisplayNameEn { get; init; } = "";
    public string DescriptionZh { get; init; } = "";
    public string DescriptionEn { get; init; } = "";
    public bool Required { get; init; }
    public string[] Options { get; init; } = [];
    public string DefaultSyntax { get; init; } = Models.ExpressionSyntax.Literal;
    public string? DefaultValue { get; init; }
}
