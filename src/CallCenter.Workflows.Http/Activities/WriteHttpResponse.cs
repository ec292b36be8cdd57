using CallCenter.Workflows.Descriptors;
using CallCenter.Workflows.Execution;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CallCenter.Workflows.Http.Activities;

[Activity("WriteHttpResponse", "HTTP", DisplayNameZh = "写 HTTP 响应", DisplayNameEn = "Write HTTP response",
    DescriptionZh = "向触发本次运行的 HTTP 请求写回响应。", DescriptionEn = "Answers the HTTP request that drove this run.")]
[Input("statusCode", "Number", UiHint.Number, DisplayNameZh = "状态码", DisplayNameEn = "Status code", DefaultValue = "200")]
[Input("content", "Object", UiHint.Expression, DisplayNameZh = "内容", DisplayNameEn = "Content")]
[Input("contentType", "String", UiHint.Text, DisplayNameZh = "内容类型", DisplayNameEn = "Content type")]
public sealed class WriteHttpResponse : IActivity
{
    public ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var status = context.HasInput("statusCode") ? context.Get<int>("statusCode") : 200;
        if (context.Options.Properties.TryGetValue(HttpResponseCapture.PropertyKey, out var sink) && sink is HttpResponseCapture capture)
            capture.Write(status, context.GetInput("content"), context.GetString("contentType"));
        else
            // No request is open on this node for this run (resumed by a timer or on another node): nothing to answer.
            context.Services.GetService<ILoggerFactory>()?.CreateLogger<WriteHttpResponse>()
                .LogWarning("Workflow {InstanceId}: WriteHttpResponse {ActivityId} ran without an open HTTP request", context.State.InstanceId, context.Node.Id);
        return ValueTask.FromResult(ActivityResult.Done());
    }
}
