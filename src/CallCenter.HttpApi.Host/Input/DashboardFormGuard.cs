using CallCenter.Errors;

namespace CallCenter.Input;

/// <summary>
/// Hangfire's dashboard reads a form on every POST command and on /stats whatever the method, and throws (500) when the
/// request carries no form Content-Type. Such a request is the caller's mistake: 415 before Hangfire sees it.
/// </summary>
public static class DashboardFormGuard
{
    public static async Task InvokeAsync(HttpContext http, Func<Task> next)
    {
        var readsForm = HttpMethods.IsPost(http.Request.Method) || http.Request.Path.StartsWithSegments("/stats");
        if (readsForm && !http.Request.HasFormContentType)
        {
            await InputProblem.WriteAsync(http, StatusCodes.Status415UnsupportedMediaType, InputErrorCodes.UnsupportedMediaType,
                new Dictionary<string, string[]> { ["Content-Type"] = [http.Request.ContentType ?? "(none)"] });
            return;
        }
        await next();
    }
}
