namespace CallCenter.Workflows.Descriptors;

/// <summary>Which editor the designer shows for an input.</summary>
public enum UiHint
{
    Text,
    MultiLine,
    Number,
    Checkbox,
    Dropdown,
    Duration,
    Expression,
    Json,
}
