namespace CallCenter.Exceptions;

/// <summary>
/// A rule the request broke. Leaves the API as ProblemDetails with <see cref="Code"/> (stable), a message localized
/// from the same key with <see cref="Args"/>, and, when <see cref="Field"/> is set, that field named in "errors".
/// Which HTTP status a code answers with is the host's business (its status table), never the domain's.
/// </summary>
public class BusinessException(string code, string? field = null, params object[] args)
    : Exception(code)
{
    public string Code { get; } = code;
    public string? Field { get; } = field;
    public object[] Args { get; } = args;
}
