using CallCenter.Telephony.Media;

namespace CallCenter.Voice.Prompts;

/// <summary>
/// The queue's announcements as prompts ready to play: each text of <see cref="QueueAnnouncement"/> is synthesized once by
/// espeak-ng (cmn) through the <see cref="PromptLibrary"/> (kept on disk by content hash and encoded in memory), so the
/// second caller told "三位" costs no synthesis.
/// </summary>
public sealed class QueueAnnouncementPrompts(PromptLibrary library)
{
    /// <summary>"您前面还有三位，预计等待两分钟。" as prompts, for <c>SipCall.PlayAsync</c> (barge-in on, so 1 is heard at once).</summary>
    public async Task<IReadOnlyList<Prompt>> PositionAsync(int callersAhead, TimeSpan? expectedWait, CancellationToken ct = default)
    {
        var texts = QueueAnnouncement.Texts(callersAhead, expectedWait);
        var prompts = new Prompt[texts.Count];
        for (var i = 0; i < texts.Count; i++) prompts[i] = await library.SpeakAsync(texts[i], ct);
        return prompts;
    }

    /// <summary>"如需回电，请按1。"</summary>
    public async Task<IReadOnlyList<Prompt>> CallbackOfferAsync(CancellationToken ct = default) =>
        [await library.SpeakAsync(QueueAnnouncement.CallbackOffer, ct)];
}
