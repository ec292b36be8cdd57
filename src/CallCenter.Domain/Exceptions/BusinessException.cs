namespace CallCenter.Exceptions;

/// <summary>
/// A rule the request broke. Leaves the API as ProblemDetails with <see cref="Code"/> (stable), a message localized
/// from the same key, and, when <see cref="Field"/> is set, that field named in "errors".
/// </summary>
public class BusinessException(string code, string? field = null, int status = 400, params object[] args)
    : Exception(code)
{
    public string Code { get; } = code;
    public string? Field { get; } = field;
    public int Status { get; } = status;
    public object[] Args { get; } = args;
}
