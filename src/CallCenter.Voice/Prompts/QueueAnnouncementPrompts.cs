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

    /// <summary>
    /// Synthesizes ahead what the first callers of the day would otherwise wait for (espeak-ng takes ~0.3 s a text, more on
    /// a busy node): the fixed phrases, positions 1…<paramref name="upToPosition"/> and every wait that can be announced.
    /// Run it in the background at start; files already on disk make it quick.
    /// </summary>
    public async Task WarmUpAsync(int upToPosition = 20, CancellationToken ct = default)
    {
        var texts = new HashSet<string>(StringComparer.Ordinal)
        {
            QueueAnnouncement.CallbackOffer, QueueAnnouncement.CallbackConfirmed, QueueAnnouncement.VoicemailIntro,
        };
        for (var position = 0; position <= upToPosition; position++) texts.UnionWith(QueueAnnouncement.Texts(position, null));
        foreach (var minutes in new[] { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 61 })
            texts.UnionWith(QueueAnnouncement.Texts(1, TimeSpan.FromMinutes(minutes == 0 ? 0.5 : minutes)));
        foreach (var text in texts) await library.SpeakAsync(text, ct);
    }

    /// <summary>"如需回电，请按1。"</summary>
    public async Task<IReadOnlyList<Prompt>> CallbackOfferAsync(CancellationToken ct = default) =>
        [await library.SpeakAsync(QueueAnnouncement.CallbackOffer, ct)];

    /// <summary><see cref="QueueAnnouncement.CallbackConfirmed"/>: played after 1, before the hang-up.</summary>
    public async Task<IReadOnlyList<Prompt>> CallbackConfirmedAsync(CancellationToken ct = default) =>
        [await library.SpeakAsync(QueueAnnouncement.CallbackConfirmed, ct)];

    /// <summary><see cref="QueueAnnouncement.VoicemailIntro"/>: before the beep of a queue's voicemail overflow.</summary>
    public async Task<IReadOnlyList<Prompt>> VoicemailIntroAsync(CancellationToken ct = default) =>
        [await library.SpeakAsync(QueueAnnouncement.VoicemailIntro, ct)];
}
