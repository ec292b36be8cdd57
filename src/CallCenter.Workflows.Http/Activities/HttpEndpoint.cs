using System.Text.Json.Nodes;
using CallCenter.Workflows.Descriptors;
using CallCenter.Workflows.Execution;
using CallCenter.Workflows.Models;

namespace CallCenter.Workflows.Http.Activities;

/// <summary>
/// Starts an instance when a request arrives at /workflows/http/{path} (trigger), or waits for one (bookmark; the
/// request then carries the instance's correlation id in X-Correlation-Id or ?correlationId=).
/// </summary>
[Activity("HttpEndpoint", "HTTP", Kind = ActivityKind.Trigger, DisplayNameZh = "HTTP 端点", DisplayNameEn = "HTTP endpoint",
    DescriptionZh = "收到指定路径和方法的 HTTP 请求时启动或继续流程。", DescriptionEn = "Starts or resumes the workflow when an HTTP request arrives at a path.")]
[Input("path", "String", UiHint.Text, DisplayNameZh = "路径", DisplayNameEn = "Path", Required = true,
    DescriptionZh = "相对于 /workflows/http/", DescriptionEn = "Relative to /workflows/http/")]
[Input("method", "String", UiHint.Dropdown, DisplayNameZh = "方法", DisplayNameEn = "Method", Options = ["GET", "POST", "PUT", "DELETE"], DefaultValue = "POST")]
[Input("permission", "String", UiHint.Text, DisplayNameZh = "所需权限", DisplayNameEn = "Required permission")]
[Input("allowAnonymous", "Boolean", UiHint.Checkbox, DisplayNameZh = "允许匿名", DisplayNameEn = "Allow anonymous",
    DescriptionZh = "仅用于外部回调", DescriptionEn = "Only for external webhooks")]
[Output("request", "Object", DisplayNameZh = "请求", DisplayNameEn = "Request")]
public sealed class HttpEndpoint : IActivity, ITriggerActivity
{
    public ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        if (context.TriggerPayload is { } request)
        {
            context.SetOutput("request", request.DeepClone());
            return ValueTask.FromResult(ActivityResult.Done());
        }
        var key = HttpEndpointKey.For(context.GetString("method") ?? "POST", context.GetString("path") ?? "", context.State.CorrelationId);
        return ValueTask.FromResult(ActivityResult.Suspend(new BookmarkRequest(HttpEndpointKey.BookmarkName, key, Policy(context.Node))));
    }

    public ValueTask<ActivityResult> ResumeAsync(ActivityExecutionContext context, BookmarkState bookmark, Resumption resumption)
    {
        context.SetOutput("request", resumption.Payload?.DeepClone());
        return ValueTask.FromResult(ActivityResult.Done());
    }

    public IEnumerable<(string Name, string Key, JsonObject? Payload)> GetTriggers(ActivityNode node)
    {
        var method = node.Inputs.TryGetValue("method", out var m) && m.Value is JsonValue mv ? mv.GetValue<string>() : "POST";
        var path = node.Inputs.TryGetValue("path", out var p) && p.Value is JsonValue pv ? pv.GetValue<string>() : "";
        yield return (HttpEndpointKey.BookmarkName, HttpEndpointKey.For(method, path), Policy(node));
    }

    /// <summary>The access rule travels with the trigger and the bookmark, so the endpoint checks it before running anything.</summary>
    private static JsonObject Policy(ActivityNode node)
    {
        var policy = new JsonObject();
        if (node.Inputs.TryGetValue("permission", out var p) && p.Value is JsonValue pv && pv.GetValue<string>() is { Length: > 0 } permission)
            policy["permission"] = permission;
        if (node.Inputs.TryGetValue("allowAnonymous", out var a) && a.Value is JsonValue av && av.TryGetValue<bool>(out var anonymous) && anonymous)
            policy["allowAnonymous"] = true;
        return policy;
    }
}
