namespace CallCenter.Workflows.Validation;

/// <summary>One problem in a definition: a stable code, where (activity id and/or field path), and a message.</summary>
public sealed record ValidationError(string Code, string Path, string Message, string? ActivityId = null);
