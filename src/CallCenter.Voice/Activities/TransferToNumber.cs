using CallCenter.Workflows.Descriptors;
using CallCenter.Workflows.Execution;

namespace CallCenter.Voice.Activities;

/// <summary>
/// Transfers the caller: by REFER when the caller's phone allows it (the phone calls the target, we leave), otherwise
/// (or when the REFER is refused) by a bridged outbound leg — the node calls the target and relays the audio between
/// the two legs until either side hangs up. Transferred means REFER accepted or the target answered; Busy and
/// NoAnswer come from the bridged leg (486/600/603; ring timeout, 408/480); anything else is Failed. The flow may end
/// after Transferred: a bridged call stays up until a leg hangs up (ADR 0310 D7).
/// </summary>
[Activity("TransferToNumber", "Voice", DisplayNameZh = "转接号码", DisplayNameEn = "Transfer to number", Outcomes = ["Transferred", "Busy", "NoAnswer", "Failed"],
    DescriptionZh = "把来电转到一个号码或配置中的目标：来电方支持时用 REFER，否则由节点外呼目标并桥接通话。",
    DescriptionEn = "Transfers the call to a number or a configured target: REFER when the caller supports it, otherwise the node calls the target and bridges the call.")]
[Input("target", "String", UiHint.Text, DisplayNameZh = "目标", DisplayNameEn = "Target", Required = true,
    DescriptionZh = "etc/ 中 Voice:TransferTargets 的名称、号码或 SIP 地址", DescriptionEn = "A name in Voice:TransferTargets (etc/), a number or a SIP URI")]
[Input("prompt", "String", UiHint.Text, DisplayNameZh = "转接提示音", DisplayNameEn = "Prompt key", DefaultValue = "transfer")]
[Output("status", "Number", DisplayNameZh = "应答码", DisplayNameEn = "Status code")]
[Output("mode", "String", DisplayNameZh = "转接方式（refer/bridge）", DisplayNameEn = "Transfer mode (refer/bridge)")]
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
        session.BeginTransfer(waitId, await VoiceContext.PromptsAsync(context, textInput: ""), target, context.Node.Id);
        return ActivityResult.Suspend(VoiceContext.Wait(waitId));
    }

    public ValueTask<ActivityResult> ResumeAsync(ActivityExecutionContext context, BookmarkState bookmark, Resumption resumption)
    {
        var payload = resumption.Payload;
        var status = payload?["status"]?.GetValue<int>() ?? 0;
        var mode = payload?["mode"]?.GetValue<string>() ?? "refer";
        var result = payload?["result"]?.GetValue<string>() ?? (status is >= 200 and < 300 ? "Answered" : "Failed");
        context.SetOutput("status", status);
        context.SetOutput("mode", mode);
        var session = VoiceContext.Session(context);
        var detail = (mode, result) switch
        {
            ("refer", "Answered") => $"REFER {status}",
            ("bridge", "Answered") => $"bridged {status}",
            ("bridge", "Busy") => $"busy {status}",
            ("bridge", "NoAnswer") => $"no answer {status}",
            _ => $"failed {status}",
        };
        session?.AddStep(context.Node.Id, "TransferToNumber", detail);
        if (result == "Answered") return VoiceContext.Result(ActivityResult.Outcome("Transferred"));
        if (VoiceContext.HungUp(resumption) || result == "CallerGone") return VoiceContext.Result(ActivityResult.End());
        return VoiceContext.Result(ActivityResult.Outcome(result is "Busy" or "NoAnswer" ? result : "Failed"));
    }
}
