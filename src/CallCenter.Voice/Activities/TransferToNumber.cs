using CallCenter.Workflows.Descriptors;
using CallCenter.Workflows.Execution;

namespace CallCenter.Voice.Activities;

/// <summary>
/// Blind transfer by REFER when the caller's phone allows it. Without REFER support the port is Failed (a bridged
/// outbound leg needs the UAC side of the stack, which is not built yet — see ADR 0310), and flows send the caller to
/// voicemail instead of dropping them.
/// </summary>
[Activity("TransferToNumber", "Voice", DisplayNameZh = "转接号码", DisplayNameEn = "Transfer to number", Outcomes = ["Transferred", "Failed"],
    DescriptionZh = "把来电转到一个号码或配置中的目标（REFER）。", DescriptionEn = "Transfers the call to a number or a configured target (REFER).")]
[Input("target", "String", UiHint.Text, DisplayNameZh = "目标", DisplayNameEn = "Target", Required = true,
    DescriptionZh = "etc/ 中 Voice:TransferTargets 的名称、号码或 SIP 地址", DescriptionEn = "A name in Voice:TransferTargets (etc/), a number or a SIP URI")]
[Input("prompt", "String", UiHint.Text, DisplayNameZh = "转接提示音", DisplayNameEn = "Prompt key", DefaultValue = "transfer")]
[Output("status", "Number", DisplayNameZh = "REFER 应答码", DisplayNameEn = "REFER status")]
public sealed class TransferToNumber : IActivity
{
    public async ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var session = VoiceContext.Session(context);
        if (session is null) return ActivityResult.End();
        var target = session.Options.ResolveTransferTarget(context.GetString("target"), session.Call.RemoteSipEndPoint.Address.ToString());
        if (target is null)
        {
            session.AddStep(context.Node.Id, "TransferToNumber", "no target");
            return ActivityResult.Outcome("Failed");
        }
        session.AddStep(context.Node.Id, "TransferToNumber", target);
        var waitId = Sessions.VoiceWait.NewId();
        session.BeginTransfer(waitId, await VoiceContext.PromptsAsync(context, textInput: ""), target);
        return ActivityResult.Suspend(VoiceContext.Wait(waitId));
    }

    public ValueTask<ActivityResult> ResumeAsync(ActivityExecutionContext context, BookmarkState bookmark, Resumption resumption)
    {
        var status = resumption.Payload?["status"]?.GetValue<int>() ?? 0;
        context.SetOutput("status", status);
        var transferred = status is >= 200 and < 300;
        VoiceContext.Session(context)?.AddStep(context.Node.Id, "TransferToNumber", transferred ? $"REFER {status}" : $"failed {status}");
        if (transferred) return VoiceContext.Result(ActivityResult.Outcome("Transferred"));
        return VoiceContext.Result(VoiceContext.HungUp(resumption) ? ActivityResult.End() : ActivityResult.Outcome("Failed"));
    }
}
