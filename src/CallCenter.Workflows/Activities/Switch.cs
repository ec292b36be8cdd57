using System.Text.Json.Nodes;
using CallCenter.Workflows.Descriptors;
using CallCenter.Workflows.Execution;

namespace CallCenter.Workflows.Activities;

/// <summary>Cases are a literal list of {label, condition}; each label is a port, "Default" when none matches.</summary>
[Activity("Switch", "Flow", SideEffectFree = true, DisplayNameZh = "多路分支", DisplayNameEn = "Switch", Outcomes = ["Default"], OutcomesFromInput = "cases",
    DescriptionZh = "按第一个（或全部）成立的条件选择分支。", DescriptionEn = "Takes the port of the first (or every) matching case.")]
[Input("cases", "Case[]", UiHint.Json, DisplayNameZh = "分支", DisplayNameEn = "Cases", Required = true)]
[Input("mode", "String", UiHint.Dropdown, DisplayNameZh = "匹配方式", DisplayNameEn = "Mode", Options = ["MatchFirst", "MatchAny"],
    DefaultValue = "MatchFirst")]
public sealed class Switch : IActivity
{
    public ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var matchAny = context.GetString("mode") == "MatchAny";
        var matched = new List<string>();
        foreach (var item in context.GetInput("cases") as JsonArray ?? [])
        {
            if (item is not JsonObject c || c["label"]?.GetValue<string>() is not { } label) continue;
            var condition = c["condition"]?.GetValue<string>();
            if (condition is null || !IsTruthy(context.Evaluate(condition))) continue;
            matched.Add(label);
            if (!matchAny) break;
        }
        return ValueTask.FromResult(ActivityResult.Outcome(matched.Count == 0 ? ["Default"] : matched.ToArray()));
    }

    private static bool IsTruthy(JsonNode? node) => node switch
    {
        null => false,
        JsonValue v when v.TryGetValue<bool>(out var b) => b,
        JsonValue v when v.TryGetValue<double>(out var d) => d != 0,
        JsonValue v when v.TryGetValue<string>(out var s) => s.Length > 0,
        _ => true,
    };
}
