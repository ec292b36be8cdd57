using CallCenter.Telephony.Media;

namespace CallCenter.Telephony.Tests.Media;

public class PromptPlayerTests
{
    [Fact]
    public async Task Should_Play_Prompts_Back_To_Back_And_Pad_The_Last_Packet_With_Silence()
    {
        var player = new PromptPlayer();
        var a = Prompt.Tone("a", 500, TimeSpan.FromMilliseconds(15));
        var b = Prompt.Tone("b", 700, TimeSpan.FromMilliseconds(15));
        var done = player.Play([a, b]);
        var packet = new byte[160];

        player.Fill(packet, G711Law.MuLaw).ShouldBeTrue();
        packet.AsSpan(0, 120).ToArray().ShouldBe(a.Encoded(G711Law.MuLaw).ToArray());
        packet.AsSpan(120, 40).ToArray().ShouldBe(b.Encoded(G711Law.MuLaw)[..40].ToArray());
        done.IsCompleted.ShouldBeFalse();
        player.Fill(packet, G711Law.MuLaw).ShouldBeTrue();
        packet.AsSpan(80).ToArray().ShouldAllBe(x => x == 0xFF);
        (await done).ShouldBeTrue();
        player.Fill(packet, G711Law.MuLaw).ShouldBeFalse();
    }

    [Fact]
    public async Task Should_Complete_With_False_When_Stopped()
    {
        var player = new PromptPlayer();
        var first = player.Play([Prompt.Silence(TimeSpan.FromSeconds(1))]);
        var queued = player.Play([Prompt.Silence(TimeSpan.FromSeconds(1))]);
        player.Fill(new byte[160], G711Law.ALaw);

        player.Stop();

        (await first).ShouldBeFalse();
        (await queued).ShouldBeFalse();
        player.IsPlaying.ShouldBeFalse();
    }

    [Fact]
    public async Task Should_Complete_An_Empty_Playlist_At_Once()
    {
        (await new PromptPlayer().Play([])).ShouldBeTrue();
    }
}
