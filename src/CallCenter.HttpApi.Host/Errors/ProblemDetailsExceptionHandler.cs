using System.Text.Json;
using System.Text.RegularExpressions;
using CallCenter.Errors;
using CallCenter.Exceptions;
using CallCenter.Localization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace CallCenter.Errors;

/// <summary>
/// Turns every exception into ProblemDetails with a stable "code", a localized message and, for bad input,
/// "errors" keyed by the offending field. Nothing was stored: app services validate before they write.
/// </summary>
public sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problems, ILogger<ProblemDetailsExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        var problem = exception switch
        {
            RequestValidationException v => Problem(400, v.Code, L.Get(v.Code),
                v.Errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray())),
            EntityNotFoundException nf => Problem(404, nf.Code, L.Get(nf.Code, null, L.Get("Entity:" + nf.EntityType), nf.Args[1]), null),
            BusinessException b => Problem(ErrorStatuses.Of(b), b.Code, L.Get(b.Code, null, b.Args),
                b.Field is null ? null : new Dictionary<string, string[]> { [b.Field] = [L.Get(b.Code, null, b.Args)] }),
            BadHttpRequestException bad => BadRequest(bad),
            _ => null,
        };
        problem ??= Input.DatabaseInputErrors.TryMap(exception, logger);
        if (problem is null)
        {
            logger.LogError(exception, "Unhandled exception on {Method} {Path}", http.Request.Method, http.Request.Path);
            problem = Problem(500, CallCenterErrorCodes.Unexpected, L.Get(CallCenterErrorCodes.Unexpected), null);
        }
        http.Response.StatusCode = problem.Status ?? 500;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>A body that is not valid JSON for the DTO: name the JSON path that broke ("$.heatingAreaM2" → heatingAreaM2).</summary>
    private static ProblemDetails BadRequest(BadHttpRequestException bad)
    {
        var field = bad.InnerException is JsonException { Path: { } path } ? path.TrimStart('$', '.') : ParameterName(bad.Message);
        if (field.Length == 0) field = "body";
        var message = bad.InnerException?.Message ?? bad.Message;
        if (bad.StatusCode == StatusCodes.Status415UnsupportedMediaType)
            return Problem(bad.StatusCode, InputErrorCodes.UnsupportedMediaType, L.Get(InputErrorCodes.UnsupportedMediaType),
                new Dictionary<string, string[]> { ["Content-Type"] = [message] });
        return Problem(bad.StatusCode, CallCenterErrorCodes.ValidationFailed, L.Get(CallCenterErrorCodes.ValidationFailed),
            new Dictionary<string, string[]> { [field] = [message] });
    }

    /// <summary>'Required parameter "int Page" was not provided…' → "page".</summary>
    private static string ParameterName(string message)
    {
        var match = Regex.Match(message, "parameter \"(?:[^\"]*\\s)?(?<name>[A-Za-z_][A-Za-z0-9_]*)\"");
        if (!match.Success) return "body";
        var name = match.Groups["name"].Value;
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    public static ProblemDetails Problem(int status, string code, string detail, IDictionary<string, string[]>? errors)
    {
        var problem = errors is null ? new ProblemDetails() : new ValidationProblemDetails(errors);
        problem.Status = status;
        problem.Title = detail;
        problem.Detail = detail;
        problem.Extensions["code"] = code;
        return problem;
    }
}
