namespace CallCenter.Workflows.Descriptors;

public sealed record OutputDescriptor(string Name, string Type, LocalizedText DisplayName);
