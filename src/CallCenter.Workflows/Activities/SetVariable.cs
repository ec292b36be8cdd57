using CallCenter.Workflows.Descriptors;
using CallCenter.Workflows.Execution;

namespace CallCenter.Workflows.Activities;

[Activity("SetVariable", "Primitives", SideEffectFree = true, DisplayNameZh = "设置变量", DisplayNameEn = "Set variable",
    DescriptionZh = "给流程变量赋值。", DescriptionEn = "Assigns a value to a workflow variable.")]
[Input("variable", "String", UiHint.Text, DisplayNameZh = "变量", DisplayNameEn = "Variable", Required = true)]
[Input("value", "Object", UiHint.Expression, DisplayNameZh = "值", DisplayNameEn = "Value")]
public sealed class SetVariable : IActivity
{
    public ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var name = context.GetString("variable") ?? throw new InvalidOperationException("SetVariable needs a variable name.");
        context.SetVariable(name, context.GetInput("value"));
        return ValueTask.FromResult(ActivityResult.Done());
    }
}
