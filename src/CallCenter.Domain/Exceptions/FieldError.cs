namespace CallCenter.Exceptions;

/// <summary>One offending field of a request, with the message to show next to it.</summary>
public sealed record FieldError(string Field, string Message);
