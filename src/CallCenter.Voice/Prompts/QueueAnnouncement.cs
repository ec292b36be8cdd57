namespace CallCenter.Voice.Prompts;

/// <summary>
/// What a waiting caller is told, as short texts to synthesize and play in order ("您前面还有" "三" "位，" "预计等待" "两"
/// "分钟。"): a handful of fixed phrases plus one text per number, so the speech cache stays small however long the queue.
/// </summary>
public static class QueueAnnouncement
{
    /// <summary>The callback offer played after the position (and periodically): pressing 1 keeps the caller's place.</summary>
    public const string CallbackOffer = "如需回电，请按1。";

    /// <summary>Said after 1 was pressed, before the node hangs up: the caller's place is kept and we call back.</summary>
    public const string CallbackConfirmed = "好的，您的排队位置已保留，轮到您时我们会给您回电，请挂机。";

    /// <summary>The queue overflowed to voicemail: the message is recorded after the beep and leaves a callback task.</summary>
    public const string VoicemailIntro = "坐席繁忙，请在提示音后留言，按井号键结束，我们会给您回电。";

    /// <summary>
    /// Position and expected wait. <paramref name="callersAhead"/> 0 means "you are next" (no wait is said then);
    /// a null or non-positive <paramref name="expectedWait"/> (no estimate yet) says no wait.
    /// </summary>
    public static IReadOnlyList<string> Texts(int callersAhead, TimeSpan? expectedWait)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(callersAhead);
        if (callersAhead == 0) return ["您是下一位，", "客服人员马上为您服务。"];
        var texts = new List<string>(6) { "您前面还有", ChineseNumerals.Say(callersAhead), "位，" };
        if (expectedWait is not { } wait || wait <= TimeSpan.Zero)
        {
            texts[^1] = "位。";
            return texts;
        }
        texts.Add("预计等待");
        switch (WaitMinutes(wait))
        {
            case 0:
                texts.Add("不到一分钟。");
                break;
            case > 60:
                texts.Add("一小时以上。");
                break;
            case var minutes:
                texts.Add(ChineseNumerals.Say(minutes));
                texts.Add("分钟。");
                break;
        }
        return texts;
    }

    /// <summary>
    /// The wait as announced: 0 under a minute ("不到一分钟"); to the nearest minute up to 10 (half a minute rounds up, like
    /// app_queue's holdtime); to the nearest 5 minutes above (an estimate that precise sounds like a promise); 61 means
    /// "over an hour".
    /// </summary>
    public static int WaitMinutes(TimeSpan wait)
    {
        if (wait < TimeSpan.FromMinutes(1)) return 0;
        var minutes = (int)Math.Floor(wait.TotalMinutes + 0.5);
        if (minutes <= 10) return minutes;
        var rounded = (int)Math.Round(wait.TotalMinutes / 5, MidpointRounding.AwayFromZero) * 5;
        return rounded > 60 ? 61 : rounded;
    }
}
