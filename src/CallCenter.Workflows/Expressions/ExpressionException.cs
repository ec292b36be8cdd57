namespace CallCenter.Workflows.Expressions;

/// <summary>A script failed: syntax, runtime error, or a sandbox limit. The message names which.</summary>
public sealed class ExpressionException(string message, Exception? inner = null) : Exception(message, inner);
