using System.Text.Json.Nodes;
using CallCenter.Workflows.Descriptors;
using CallCenter.Workflows.Execution;
using CallCenter.Workflows.Models;

namespace CallCenter.Voice.Activities;

/// <summary>Starts the flow when a call arrives for one of the listed dialled numbers ("*" for any number no other flow takes).</summary>
[Activity(TriggerName, "Voice", Kind = ActivityKind.Trigger, DisplayNameZh = "来电", DisplayNameEn = "Incoming call",
    DescriptionZh = "拨打所列号码的来电启动本流程（* 表示其他流程未接的任意号码）。",
    DescriptionEn = "A call to one of the listed numbers starts this flow (* = any number no other flow takes).")]
[Input("numbers", "String", UiHint.Text, DisplayNameZh = "被叫号码", DisplayNameEn = "Dialled numbers", Required = true,
    DescriptionZh = "多个号码用逗号分隔", DescriptionEn = "Comma-separated")]
[Output("call", "Object", DisplayNameZh = "来电信息", DisplayNameEn = "Call")]
public sealed class IncomingCall : IActivity, ITriggerActivity
{
    public const string TriggerName = "IncomingCall";
    public const string AnyNumber = "*";

    public static string KeyFor(string number) => number.Trim().ToLowerInvariant();

    public ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        if (context.TriggerPayload is JsonObject call)
        {
            context.SetOutput("call", call.DeepClone());
            // The usual variables, so expressions read variables.callerNumber without knowing the trigger's id.
            foreach (var name in new[] { "callerNumber", "dialledNumber", "callRecordId" })
                if (context.Workflow.Definition.Variables.Any(v => v.Name == name)) context.SetVariable(name, call[name]?.DeepClone());
            VoiceContext.Session(context)?.AddStep(context.Node.Id, TriggerName, call["dialledNumber"]?.GetValue<string>());
        }
        return ValueTask.FromResult(ActivityResult.Done());
    }

    public IEnumerable<(string Name, string Key, JsonObject? Payload)> GetTriggers(ActivityNode node)
    {
        var numbers = node.Inputs.TryGetValue("numbers", out var n) && n.Value is JsonValue v && v.TryGetValue<string>(out var s) ? s : "";
        foreach (var number in numbers.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries))
            yield return (TriggerName, KeyFor(number), null);
    }
}
