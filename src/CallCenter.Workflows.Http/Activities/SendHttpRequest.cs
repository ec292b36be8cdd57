using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CallCenter.Workflows.Descriptors;
using CallCenter.Workflows.Execution;
using Microsoft.Extensions.DependencyInjection;
using Polly.Timeout;

namespace CallCenter.Workflows.Http.Activities;

/// <summary>
/// Calls an HTTP service through the resilient named client and continues by status class, or by Timeout /
/// Failed. Transport faults are outcomes, not incidents, so the analyst decides what a failed call means.
/// </summary>
[Activity("SendHttpRequest", "HTTP", DisplayNameZh = "发送 HTTP 请求", DisplayNameEn = "Send HTTP request",
    Outcomes = ["2xx", "3xx", "4xx", "5xx", "Timeout", "Failed"],
    DescriptionZh = "调用外部 HTTP 服务，按状态码类别、超时或失败分支。", DescriptionEn = "Calls an HTTP service; branches by status class, timeout or failure.")]
[Input("url", "String", UiHint.Expression, DisplayNameZh = "地址", DisplayNameEn = "URL", Required = true)]
[Input("method", "String", UiHint.Dropdown, DisplayNameZh = "方法", DisplayNameEn = "Method", Options = ["GET", "POST", "PUT", "DELETE"], DefaultValue = "GET")]
[Input("content", "Object", UiHint.Expression, DisplayNameZh = "请求内容", DisplayNameEn = "Content")]
[Input("headers", "Object", UiHint.Json, DisplayNameZh = "请求头", DisplayNameEn = "Headers")]
[Input("timeout", "TimeSpan", UiHint.Duration, DisplayNameZh = "超时", DisplayNameEn = "Timeout", DefaultValue = "30s")]
[Output("statusCode", "Number", DisplayNameZh = "状态码", DisplayNameEn = "Status code")]
[Output("body", "Object", DisplayNameZh = "响应内容", DisplayNameEn = "Response body")]
[Output("error", "String", DisplayNameZh = "错误", DisplayNameEn = "Error")]
public sealed class SendHttpRequest : IActivity
{
    public const string ClientName = "CallCenter.Workflows.Http";

    public async ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var url = context.GetString("url") ?? throw new InvalidOperationException("SendHttpRequest needs a URL.");
        var method = new HttpMethod(context.GetString("method") ?? "GET");
        using var request = new HttpRequestMessage(method, url);
        if (context.GetInput("content") is { } content)
            request.Content = content is JsonValue v && v.TryGetValue<string>(out var text)
                ? new StringContent(text, Encoding.UTF8, "text/plain")
                : new StringContent(content.ToJsonString(), Encoding.UTF8, "application/json");
        if (context.GetInput("headers") is JsonObject headers)
            foreach (var (name, value) in headers)
                request.Headers.TryAddWithoutValidation(name, value?.ToString());

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(context.CancellationToken);
        timeout.CancelAfter(context.GetDuration("timeout") ?? TimeSpan.FromSeconds(30));
        var client = context.Services.GetRequiredService<IHttpClientFactory>().CreateClient(ClientName);
        try
        {
            using var response = await client.SendAsync(request, timeout.Token);
            var status = (int)response.StatusCode;
            context.SetOutput("statusCode", status);
            context.SetOutput("body", await ReadBodyAsync(response, timeout.Token));
            return ActivityResult.Outcome(status switch { < 300 => "2xx", < 400 => "3xx", < 500 => "4xx", _ => "5xx" });
        }
        catch (Exception e) when (e is TimeoutRejectedException || e is OperationCanceledException && !context.CancellationToken.IsCancellationRequested)
        {
            context.SetOutput("error", "timeout");
            return ActivityResult.Outcome("Timeout");
        }
        catch (HttpRequestException e)
        {
            context.SetOutput("error", e.Message);
            return ActivityResult.Outcome("Failed");
        }
    }

    private static async Task<JsonNode?> ReadBodyAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var text = await response.Content.ReadAsStringAsync(ct);
        if (text.Length == 0) return null;
        var json = response.Content.Headers.ContentType is MediaTypeHeaderValue { MediaType: { } type } && type.Contains("json", StringComparison.OrdinalIgnoreCase);
        if (!json) return JsonValue.Create(text);
        try { return JsonNode.Parse(text); }
        catch (System.Text.Json.JsonException) { return JsonValue.Create(text); }
    }
}
