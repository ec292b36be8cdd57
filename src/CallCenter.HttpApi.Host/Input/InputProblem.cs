using CallCenter.Errors;
using CallCenter.Localization;

namespace CallCenter.Input;

/// <summary>Writes the guard's answers: ProblemDetails with a code and, for bad fields, "errors" keyed by field.</summary>
public static class InputProblem
{
    public static Task WriteAsync(HttpContext http, int status, string code, IDictionary<string, string[]>? errors)
    {
        http.Response.StatusCode = status;
        var problem = ProblemDetailsExceptionHandler.Problem(status, code, L.Get(code), errors);
        return http.RequestServices.GetRequiredService<IProblemDetailsService>()
            .WriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem }).AsTask();
    }

    /// <summary>"Filter" → "filter": query keys arrive as the client spelled them; fields are reported camelCase.</summary>
    public static string FieldName(string key) =>
        key.Length == 0 || char.IsLower(key[0]) ? key : char.ToLowerInvariant(key[0]) + key[1..];
}
