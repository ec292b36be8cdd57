using System.Text.Json.Nodes;
using CallCenter.Workflows.Execution;
using CallCenter.Workflows.Runtime;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Workflows.Http.Endpoints;

/// <summary>
/// Turns a request under /workflows/http/{path} into a workflow start (trigger) or resume (bookmark, when the
/// request names a correlation id that waits there), runs it in the request, and answers with what
/// WriteHttpResponse wrote — or 202 with the instance id if the run did not answer.
/// </summary>
public sealed class HttpWorkflowHandler(WorkflowRuntime runtime)
{
    /// <summary>An HTTP resume that lost a race with its bookmark should not linger in the inbox for a day.</summary>
    private static readonly TimeSpan ResumeTimeToLive = TimeSpan.FromMinutes(1);

    public async Task<IResult> HandleAsync(HttpContext http, string? path)
    {
        var key = HttpEndpointKey.For(http.Request.Method, path ?? "");
        var correlationId = http.Request.Headers["X-Correlation-Id"].FirstOrDefault() ?? http.Request.Query["correlationId"].FirstOrDefault();
        if (WorkflowLimits.Check(("X-Correlation-Id", correlationId, WorkflowLimits.MaxCorrelationIdLength)) is [var tooLong])
            return Results.ValidationProblem(new Dictionary<string, string[]> { [tooLong.Path] = [tooLong.Message] }, detail: tooLong.Message,
                extensions: new Dictionary<string, object?> { ["code"] = WorkflowErrorCodes.InvalidInput });
        JsonObject payload;
        try { payload = await HttpRequestPayload.ReadAsync(http, path ?? ""); }
        catch (System.Text.Json.JsonException e) { return Problem(400, WorkflowErrorCodes.MalformedJson, "The request body is not valid JSON: " + e.Message); }
        var capture = new HttpResponseCapture();
        var run = new RunOptions { Properties = { [HttpResponseCapture.PropertyKey] = capture, [HttpResponseCapture.HttpContextKey] = http } };
        var ct = http.RequestAborted;

        if (correlationId is { Length: > 0 })
        {
            var resumeKey = HttpEndpointKey.For(http.Request.Method, path ?? "", correlationId);
            var hash = BookmarkHash.Compute(HttpEndpointKey.BookmarkName, resumeKey);
            var probe = new StimulusRecord(0, HttpEndpointKey.BookmarkName, hash, resumeKey, null, false, null, default, default);
            var waiting = await runtime.Instances.FindWaitingInstancesAsync(probe, ct);
            if (waiting.Count > 0)
            {
                var state = await runtime.Instances.GetStateAsync(waiting[0], ct);
                var policy = state?.Bookmarks.FirstOrDefault(b => b.Hash == hash)?.Payload;
                if (await AuthorizeAsync(http, policy) is { } denied) return denied;
                var outcome = await runtime.RaiseEventAsync(HttpEndpointKey.BookmarkName, resumeKey, payload, run, ct, ResumeTimeToLive);
                return Answer(capture, outcome.ConsumedBy);
            }
        }

        var triggers = await runtime.Definitions.FindTriggersAsync(BookmarkHash.Compute(HttpEndpointKey.BookmarkName, key), ct);
        if (triggers.Count == 0)
            return Problem(404, WorkflowErrorCodes.NoHttpEndpoint, $"No published workflow listens on {key}.");
        RunOutcome? started = null;
        foreach (var trigger in triggers)
        {
            if (await AuthorizeAsync(http, trigger.Payload) is { } denied) return denied;
            var workflow = await runtime.GetCompiledAsync(trigger.DefinitionId, trigger.Version, ct);
            started = await runtime.StartAsync(workflow, null, correlationId, trigger.ActivityId, payload, run, ct);
        }
        return Answer(capture, started);
    }

    private static IResult Answer(HttpResponseCapture capture, RunOutcome? outcome)
    {
        if (capture.Written) return Results.Content(capture.Content ?? "", capture.ContentType, statusCode: capture.StatusCode);
        return Results.Json(new { instanceId = outcome?.InstanceId, status = outcome?.Status.ToString() ?? "Queued" }, statusCode: 202);
    }

    private static async Task<IResult?> AuthorizeAsync(HttpContext http, JsonObject? policy)
    {
        var permission = policy?["permission"]?.GetValue<string>();
        var anonymous = policy?["allowAnonymous"]?.GetValue<bool>() == true;
        if (permission is null && anonymous) return null;
        if (http.User.Identity?.IsAuthenticated != true)
            return Problem(401, WorkflowErrorCodes.AuthenticationRequired, "This workflow endpoint requires a signed-in user.");
        if (permission is null) return null;
        var authorization = http.RequestServices.GetRequiredService<IAuthorizationService>();
        var result = await authorization.AuthorizeAsync(http.User, permission);
        return result.Succeeded ? null : Problem(403, WorkflowErrorCodes.EndpointForbidden, $"This workflow endpoint requires {permission}.");
    }

    private static IResult Problem(int status, string code, string detail) =>
        Results.Problem(detail: detail, statusCode: status, extensions: new Dictionary<string, object?> { ["code"] = code });
}
