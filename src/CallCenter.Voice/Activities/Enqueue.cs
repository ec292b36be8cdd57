using System.Text.Json.Nodes;
using CallCenter.Customers;
using CallCenter.ScreenPop;
using CallCenter.Voice.Acd;
using CallCenter.Workflows.Descriptors;
using CallCenter.Workflows.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Voice.Activities;

/// <summary>
/// Puts the caller into an ACD queue (技能组): music and position announcements while waiting, the longest-waiting
/// highest-priority caller first, the agent's phone rung with the screen pop (household, IVR path, keys, the attached
/// data), the legs bridged on answer. Answered means connected to an agent (the flow may end; the conversation
/// outlives it); CallbackRequested — the caller pressed 1 (queues that allow it), heard the confirmation and was hung
/// up, keeping their place: the agent is rung first when the turn comes, then the customer (ADR 0600 D5); Abandoned —
/// the caller hung up waiting; Overflow — the queue's maximum wait passed and its overflow is not placed here (none
/// configured, or the number was busy / did not answer; outputs say where the queue sends overflow). An overflow to
/// another queue waits on there; to a number it is transferred, to voicemail a message is recorded with a callback task
/// — both end the flow's branch here (the call is handled). NoAgents — unknown queue, closed, or nobody logged in and
/// the queue may not be joined empty. Priority: the input, +10 for a household with care flags, +5 for a repeat caller
/// (a contact in the last 24 h).
/// </summary>
[Activity("Enqueue", "Voice", DisplayNameZh = "进入技能组排队", DisplayNameEn = "Enqueue",
    Outcomes = ["Answered", "CallbackRequested", "Overflow", "Abandoned", "NoAgents"],
    DescriptionZh = "把来电放入技能组排队：等待时播放音乐和排队位置，按策略振铃坐席并弹屏，坐席接听后接通；技能组允许时来电人可按1预约回拨（保留排队位置）；超时溢出到号码或留言由技能组直接处理。",
    DescriptionEn = "Queues the caller for a skill group: music and position while waiting, rings agents by the queue's strategy with a screen pop, connects on answer; where the queue allows it the caller may press 1 for a callback keeping their place; overflow to a number or voicemail is placed by the queue.")]
[Input("queue", "String", UiHint.Text, DisplayNameZh = "技能组", DisplayNameEn = "Queue", Required = true,
    DescriptionZh = "技能组名称（如 综合组）或编号", DescriptionEn = "The queue's name (e.g. 综合组) or id")]
[Input("priority", "Number", UiHint.Number, DisplayNameZh = "优先级", DisplayNameEn = "Priority", DefaultValue = "0",
    DescriptionZh = "越大越先接；关怀住户和重复来电会自动提高", DescriptionEn = "Higher is answered first; care flags and repeat callers raise it")]
[Input("data", "Object", UiHint.Json, DisplayNameZh = "随路数据", DisplayNameEn = "Attached data",
    DescriptionZh = "JSON 对象，随来电弹屏给坐席（如住户、IVR 选择）", DescriptionEn = "A JSON object popped to the agent with the call (household, IVR choice…)")]
[Output("agentId", "String", DisplayNameZh = "接听坐席", DisplayNameEn = "Agent")]
[Output("waitMs", "Number", DisplayNameZh = "等待时长（毫秒）", DisplayNameEn = "Wait (ms)")]
[Output("overflowKind", "String", DisplayNameZh = "溢出去向", DisplayNameEn = "Overflow kind")]
[Output("overflowTarget", "String", DisplayNameZh = "溢出目标", DisplayNameEn = "Overflow target")]
[Output("overflowResult", "String", DisplayNameZh = "溢出处理结果", DisplayNameEn = "Overflow result")]
public sealed class Enqueue : IActivity
{
    public const int CareFlagsBoost = 10;
    public const int RepeatCallerBoost = 5;

    public async ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var session = VoiceContext.Session(context);
        if (session is null) return ActivityResult.End();
        var acd = context.Services.GetRequiredService<AcdService>();
        var queue = context.GetString("queue") ?? "";
        var data = context.GetInput("data") switch
        {
            JsonObject o => o,
            JsonValue v when v.TryGetValue<string>(out var text) && text.TrimStart().StartsWith('{') => JsonNode.Parse(text) as JsonObject,
            _ => null,
        };
        var priority = (int)(context.GetInput("priority") is JsonValue p && p.TryGetValue<double>(out var n) ? n
            : double.TryParse(context.GetString("priority"), System.Globalization.CultureInfo.InvariantCulture, out var parsed) ? parsed : 0);
        priority += await CallerBoostAsync(context, session.Call.CallerNumber);
        var waitId = Sessions.VoiceWait.NewId();
        session.BeginEnqueue(waitId, acd, new EnqueueRequest(queue, priority, data, context.Node.Id));
        return ActivityResult.Suspend(VoiceContext.Wait(waitId));
    }

    /// <summary>Care flags and repeat callers go ahead of the line (issue 16: caller priority).</summary>
    private static async Task<int> CallerBoostAsync(ActivityExecutionContext context, string callerNumber)
    {
        try
        {
            using var scope = context.Services.GetRequiredService<IServiceScopeFactory>().CreateScope();
            if (scope.ServiceProvider.GetService<IScreenPopAppService>() is not { } screenPop) return 0;
            var pop = await screenPop.LookupAsync(callerNumber, context.CancellationToken);
            var boost = pop.Households.Any(h => h.CareFlags != CareFlags.None) ? CareFlagsBoost : 0;
            if (pop.RecentContacts.Any(c => c.Time > context.Time.GetUtcNow().AddHours(-24))) boost += RepeatCallerBoost;
            return boost;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return 0; // a lookup failure must not keep the caller out of the queue
        }
    }

    public ValueTask<ActivityResult> ResumeAsync(ActivityExecutionContext context, BookmarkState bookmark, Resumption resumption)
    {
        var payload = resumption.Payload;
        var result = payload?["result"]?.GetValue<string>() ?? "NoAgents";
        context.SetOutput("agentId", payload?["agentId"]?.DeepClone());
        context.SetOutput("waitMs", payload?["waitMs"]?.DeepClone());
        context.SetOutput("overflowKind", payload?["overflowKind"]?.DeepClone());
        context.SetOutput("overflowTarget", payload?["overflowTarget"]?.DeepClone());
        context.SetOutput("overflowResult", payload?["overflowResult"]?.DeepClone());
        if (result == "NoAgents") VoiceContext.Session(context)?.AddStep(context.Node.Id, "Enqueue", "no agents: " + payload?["reason"]?.GetValue<string>());
        if (result == "Answered") return VoiceContext.Result(ActivityResult.Outcome("Answered"));
        // The ACD hung up after the confirmation: that is how a callback request ends, not an abandon.
        if (result == "CallbackRequested") return VoiceContext.Result(ActivityResult.Outcome("CallbackRequested"));
        // Overflow placed by the queue (transferred to the number, or a message recorded): the call is handled.
        if (result == "Overflow" && payload?["overflowHandled"]?.GetValue<bool>() == true) return VoiceContext.Result(ActivityResult.End());
        if (VoiceContext.HungUp(resumption) || result == "Abandoned") return VoiceContext.Result(ActivityResult.Outcome("Abandoned"));
        return VoiceContext.Result(ActivityResult.Outcome(result is "CallbackRequested" or "Overflow" ? result : "NoAgents"));
    }
}
