using CallCenter.Calendars;
using CallCenter.Workflows.Descriptors;
using CallCenter.Workflows.Execution;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CallCenter.Voice.Activities;

/// <summary>Open or closed now on the company's business calendar (weekly hours, public holidays, 调休 working days).</summary>
[Activity("CheckBusinessHours", "Voice", DisplayNameZh = "判断工作时间", DisplayNameEn = "Check business hours", Outcomes = ["Open", "Closed"],
    DescriptionZh = "按公司日历（含节假日和调休）判断现在是否在工作时间。",
    DescriptionEn = "Whether the company calendar (holidays and special days included) is open now.")]
[Output("holidayName", "String", DisplayNameZh = "节假日", DisplayNameEn = "Holiday")]
public sealed class CheckBusinessHours : IActivity
{
    public async ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        using var scope = context.Services.GetRequiredService<IServiceScopeFactory>().CreateScope();
        var calendar = scope.ServiceProvider.GetService<IBusinessCalendarAppService>();
        if (calendar is null)
        {
            // A node wired without the calendar is a deployment error. Failing open would route callers to agents who
            // are not there at night; Closed takes the message-and-callback path, and the incident tells the operator.
            (context.State.Incidents ??= []).Add(new Incident
            {
                ActivityId = context.Node.Id,
                ActivityType = context.Node.Type,
                Message = "No business calendar is registered on this node (IBusinessCalendarAppService); the call was taken as Closed.",
                At = context.Time.GetUtcNow(),
            });
            context.Services.GetService<ILoggerFactory>()?.CreateLogger<CheckBusinessHours>()
                .LogError("CheckBusinessHours in {InstanceId}: no business calendar registered; taking Closed", context.State.InstanceId);
            VoiceContext.Session(context)?.AddStep(context.Node.Id, "CheckBusinessHours", "Closed (no calendar)");
            return ActivityResult.Outcome("Closed");
        }
        var status = await calendar.GetStatusAsync(context.Time.GetUtcNow(), context.CancellationToken);
        context.SetOutput("holidayName", status.HolidayName);
        var port = status.IsOpen ? "Open" : "Closed";
        VoiceContext.Session(context)?.AddStep(context.Node.Id, "CheckBusinessHours", status.HolidayName is { } h ? $"{port} ({h})" : port);
        return ActivityResult.Outcome(port);
    }
}
