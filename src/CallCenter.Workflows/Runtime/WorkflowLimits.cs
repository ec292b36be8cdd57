using CallCenter.Workflows.Validation;

namespace CallCenter.Workflows.Runtime;

/// <summary>
/// The longest identifiers the stores keep (their columns are sized to these). Checked where a caller hands them to the
/// engine, so an over-long value is the caller's validation error rather than a database error half-way through a run.
/// </summary>
public static class WorkflowLimits
{
    public const int MaxDefinitionIdLength = 128;
    public const int MaxDefinitionNameLength = 256;
    public const int MaxEventNameLength = 128;
    public const int MaxCorrelationIdLength = 128;
    public const string TooLong = "TooLong";

    /// <summary>The over-long values among those given (null ones are skipped), keyed by the request field that carried them.</summary>
    public static List<ValidationError> Check(params (string Path, string? Value, int Max)[] values) =>
        values.Where(v => v.Value is not null && v.Value.Length > v.Max)
            .Select(v => new ValidationError(TooLong, v.Path, $"At most {v.Max} characters."))
            .ToList();

    internal static void ThrowIfTooLong(string subject, params (string Path, string? Value, int Max)[] values)
    {
        if (Check(values) is { Count: > 0 } errors) throw new WorkflowInputException(subject, errors);
    }
}
