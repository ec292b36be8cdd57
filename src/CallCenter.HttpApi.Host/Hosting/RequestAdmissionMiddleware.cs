using CallCenter.Errors;
using CallCenter.Input;

namespace CallCenter.Hosting;

/// <summary>Runs an API request only with a <see cref="RequestAdmission"/> lease; otherwise 503 ProblemDetails with Retry-After.</summary>
public sealed class RequestAdmissionMiddleware(RequestDelegate next, RequestAdmission admission)
{
    public async Task InvokeAsync(HttpContext http)
    {
        if (!admission.Enabled || !RequestAdmission.Applies(http.Request.Path))
        {
            await next(http);
            return;
        }
        using var lease = await admission.EnterAsync(http.RequestAborted);
        if (lease is null)
        {
            http.Response.Headers.RetryAfter = "1";
            await InputProblem.WriteAsync(http, StatusCodes.Status503ServiceUnavailable, InputErrorCodes.Overloaded, null);
            return;
        }
        await next(http);
    }
}
