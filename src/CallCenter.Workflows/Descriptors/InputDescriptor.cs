namespace CallCenter.Workflows.Descriptors;

public sealed record InputDescriptor(
    string Name,
    string Type,
    UiHint UiHint,
    LocalizedText DisplayName,
    LocalizedText Description,
    bool Required,
    IReadOnlyList<string> Options,
    string DefaultSyntax,
    string? DefaultValue);
