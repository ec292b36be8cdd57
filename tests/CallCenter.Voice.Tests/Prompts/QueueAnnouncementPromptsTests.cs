using CallCenter.Telephony.Media;
using CallCenter.Voice.Prompts;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Voice.Tests.Prompts;

/// <summary>The announcements spoken by the real espeak-ng (cmn) and sox: every piece is audible and synthesized once.</summary>
public class QueueAnnouncementPromptsTests
{
    private readonly QueueAnnouncementPrompts _prompts;

    public QueueAnnouncementPromptsTests()
    {
        var options = new VoiceOptions { PromptCachePath = Directory.CreateTempSubdirectory("cc-queue-prompts-").FullName };
        var scopes = new ServiceCollection().BuildServiceProvider().GetRequiredService<IServiceScopeFactory>(); // literal speech needs no database
        _prompts = new QueueAnnouncementPrompts(new PromptLibrary(scopes, new EspeakPromptAudioConverter(options), options, TimeProvider.System));
    }

    private static int Loud(Prompt prompt)
    {
        var pcm = new short[prompt.SampleCount];
        G711.Decode(G711Law.MuLaw, prompt.Encoded(G711Law.MuLaw).Span, pcm);
        return pcm.Count(s => Math.Abs((int)s) > 1000);
    }

    [Fact]
    public async Task Should_Speak_Position_And_Wait_As_Audible_Pieces_Synthesized_Once()
    {
        var first = await _prompts.PositionAsync(3, TimeSpan.FromSeconds(100));
        var again = await _prompts.PositionAsync(3, TimeSpan.FromSeconds(100));
        var offer = await _prompts.CallbackOfferAsync();

        first.Count.ShouldBe(6); // 您前面还有 · 三 · 位， · 预计等待 · 两 · 分钟。
        first.ShouldAllBe(p => Loud(p) > 200);
        TimeSpan.FromTicks(first.Sum(p => p.Duration.Ticks)).ShouldBeInRange(TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(10));
        again.ShouldBe(first); // the same encoded prompts, not a second synthesis
        Loud(offer.Single()).ShouldBeGreaterThan(1000);
    }
}
