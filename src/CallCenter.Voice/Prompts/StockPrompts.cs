using CallCenter.Calls;

namespace CallCenter.Voice.Prompts;

/// <summary>The prompts ivr-main.json plays, generated in Mandarin at start when missing; replace them on the prompts page.</summary>
public static class StockPrompts
{
    public static IReadOnlyList<GeneratePromptDto> All { get; } =
    [
        new("greeting", "欢迎语 / Greeting", "您好，欢迎致电供热服务热线。"),
        new("closed", "非工作时间 / After hours", "现在是非工作时间，请在提示音后留言，我们将在工作时间给您回电。"),
        new("outage-intro", "停热通知开头 / Outage notice intro", "您所在的小区目前有停热信息。"),
        new("menu-main", "主菜单 / Main menu", "报修请按1，缴费和政策咨询请按2，投诉请按3，人工服务请按0。"),
        new("invalid", "无效按键 / Invalid key", "您的输入有误，请重新输入。"),
        new("no-input", "未输入 / No input", "没有收到您的按键。"),
        new("leave-message", "留言提示 / Leave a message", "请在提示音后留言，按井号键结束。"),
        new("transfer", "转接提示 / Transferring", "正在为您转接，请稍候。"),
        new("transfer-failed", "转接失败 / Transfer failed", "暂时无法转接，请留言，我们会尽快回电。"),
        new("goodbye", "结束语 / Goodbye", "感谢您的来电，再见。"),
    ];
}
