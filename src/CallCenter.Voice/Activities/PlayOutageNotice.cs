using System.Globalization;
using CallCenter.Interruptions;
using CallCenter.Telephony.Media;
using CallCenter.Workflows.Descriptors;
using CallCenter.Workflows.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Voice.Activities;

/// <summary>
/// When the caller's household lies in an active heating interruption (its station, and its community when the
/// dispatcher listed communities), reads the dispatcher's message and the expected restoration time.
/// </summary>
[Activity("PlayOutageNotice", "Voice", DisplayNameZh = "播报停热通知", DisplayNameEn = "Play outage notice", Outcomes = ["Played", "None"],
    DescriptionZh = "来电住户所在区域有停热时播报通知和预计恢复时间。", DescriptionEn = "Reads an active heating interruption affecting the caller's household.")]
[Input("householdId", "String", UiHint.Expression, DisplayNameZh = "住户", DisplayNameEn = "Household id",
    DescriptionZh = "留空则用变量 householdId", DescriptionEn = "Empty means variable householdId")]
[Input("prompt", "String", UiHint.Text, DisplayNameZh = "开头提示音", DisplayNameEn = "Intro prompt key", DefaultValue = "outage-intro")]
[Input("timeZone", "String", UiHint.Text, DisplayNameZh = "时区", DisplayNameEn = "Time zone", DefaultValue = "Asia/Shanghai")]
[Output("interruptionId", "String", DisplayNameZh = "停热信息", DisplayNameEn = "Interruption")]
public sealed class PlayOutageNotice : IActivity
{
    public async ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var session = VoiceContext.Session(context);
        if (session is null) return ActivityResult.End();
        var idText = context.GetString("householdId") is { Length: > 0 } given ? given
            : context.State.Variables.GetValueOrDefault("householdId")?.GetValue<string>();
        if (!Guid.TryParse(idText, out var householdId)) return None(context, session);
        using var scope = context.Services.GetRequiredService<IServiceScopeFactory>().CreateScope();
        var notices = await scope.ServiceProvider.GetRequiredService<IHeatingInterruptionAppService>()
            .FindActiveForHouseholdAsync(householdId, context.CancellationToken);
        if (notices.Count == 0) return None(context, session);
        var notice = notices[0];
        var zone = TimeZoneInfo.FindSystemTimeZoneById(context.GetString("timeZone") ?? "Asia/Shanghai");
        var prompts = new List<Prompt>(await VoiceContext.PromptsAsync(context, textInput: ""));
        prompts.Add(await context.Services.GetRequiredService<Prompts.PromptLibrary>().SpeakAsync(Text(notice, zone), context.CancellationToken));
        context.SetOutput("interruptionId", notice.Id.ToString());
        session.AddStep(context.Node.Id, "PlayOutageNotice", notice.Id.ToString());
        var waitId = Sessions.VoiceWait.NewId();
        session.BeginPlay(waitId, prompts, bargeIn: true);
        return ActivityResult.Suspend(VoiceContext.Wait(waitId));
    }

    public ValueTask<ActivityResult> ResumeAsync(ActivityExecutionContext context, BookmarkState bookmark, Resumption resumption) =>
        VoiceContext.Result(VoiceContext.HungUp(resumption) ? ActivityResult.End() : ActivityResult.Outcome("Played"));

    /// <summary>"…。预计12月3日18时恢复供热。" — the restoration in the company's zone, in words the synthesizer reads well.</summary>
    public static string Text(ActiveInterruptionNoticeDto notice, TimeZoneInfo zone)
    {
        var restore = TimeZoneInfo.ConvertTime(notice.ExpectedRestorationAt, zone);
        var message = notice.Message.TrimEnd('。', '.', ' ');
        return string.Format(CultureInfo.InvariantCulture, "{0}。预计{1}月{2}日{3}时{4}恢复供热。", message, restore.Month, restore.Day, restore.Hour,
            restore.Minute == 0 ? "" : restore.Minute + "分");
    }

    private static ActivityResult None(ActivityExecutionContext context, Sessions.CallSession session)
    {
        session.AddStep(context.Node.Id, "PlayOutageNotice", "None");
        return ActivityResult.Outcome("None");
    }
}
