using System.Text.Json.Nodes;
using CallCenter.ScreenPop;
using CallCenter.Workflows.Descriptors;
using CallCenter.Workflows.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Voice.Activities;

/// <summary>The screen-pop lookup by caller number, as workflow variables: who is calling, before anyone answers.</summary>
[Activity("LookupCaller", "Voice", DisplayNameZh = "识别来电住户", DisplayNameEn = "Look up caller", Outcomes = ["Known", "Unknown"],
    DescriptionZh = "按来电号码查找住户，写入变量 householdId、householdName、accountNumber、stationName、address。",
    DescriptionEn = "Finds the caller's household by number; sets householdId, householdName, accountNumber, stationName, address.")]
[Input("phone", "String", UiHint.Expression, DisplayNameZh = "电话号码", DisplayNameEn = "Phone number",
    DescriptionZh = "留空则用主叫号码", DescriptionEn = "Empty means the caller's number")]
[Output("household", "Object", DisplayNameZh = "住户", DisplayNameEn = "Household")]
[Output("householdCount", "Number", DisplayNameZh = "匹配住户数", DisplayNameEn = "Matching households")]
public sealed class LookupCaller : IActivity
{
    public async ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var session = VoiceContext.Session(context);
        var phone = context.GetString("phone") is { Length: > 0 } p ? p
            : session?.Call.CallerNumber ?? context.State.Variables.GetValueOrDefault("callerNumber")?.GetValue<string>() ?? "";
        using var scope = context.Services.GetRequiredService<IServiceScopeFactory>().CreateScope();
        var pop = await scope.ServiceProvider.GetRequiredService<IScreenPopAppService>().LookupAsync(phone, context.CancellationToken);
        context.SetOutput("householdCount", pop.Households.Count);
        var household = pop.Households.FirstOrDefault();
        if (household is null)
        {
            session?.AddStep(context.Node.Id, "LookupCaller", "Unknown");
            return ActivityResult.Outcome("Unknown");
        }
        var values = new JsonObject
        {
            ["householdId"] = household.Id.ToString(), ["householdName"] = household.Name, ["accountNumber"] = household.AccountNumber,
            ["stationName"] = household.StationName, ["address"] = household.FullAddress,
        };
        context.SetOutput("household", values.DeepClone());
        foreach (var (name, value) in values) context.SetVariable(name, value?.DeepClone());
        if (session is not null)
        {
            session.HouseholdId = household.Id;
            session.AddStep(context.Node.Id, "LookupCaller", household.AccountNumber);
        }
        return ActivityResult.Outcome("Known");
    }
}
