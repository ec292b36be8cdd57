using CallCenter.Workflows.Descriptors;
using CallCenter.Workflows.Execution;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CallCenter.Workflows.Activities;

[Activity("Log", "Primitives", DisplayNameZh = "记录日志", DisplayNameEn = "Log",
    DescriptionZh = "把一条消息写入日志和执行记录。", DescriptionEn = "Writes a message to the log and the journal.")]
[Input("message", "String", UiHint.MultiLine, DisplayNameZh = "消息", DisplayNameEn = "Message", Required = true)]
[Input("level", "String", UiHint.Dropdown, DisplayNameZh = "级别", DisplayNameEn = "Level",
    Options = ["Information", "Warning", "Error"], DefaultValue = "Information")]
public sealed class Log : IActivity
{
    public ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var message = context.GetString("message") ?? "";
        var level = Enum.TryParse<LogLevel>(context.GetString("level"), out var l) ? l : LogLevel.Information;
        context.Services.GetService<ILoggerFactory>()?.CreateLogger("CallCenter.Workflows.Log")
            .Log(level, "Workflow {InstanceId} {ActivityId}: {Message}", context.State.InstanceId, context.Node.Id, message);
        context.Log(message);
        return ValueTask.FromResult(ActivityResult.Done());
    }
}
