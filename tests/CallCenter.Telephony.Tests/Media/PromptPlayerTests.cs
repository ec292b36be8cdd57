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

    [Fact]
    public async Task Should_Play_A_Prompt_Queued_Right_After_Stop()
    {
        var player = new PromptPlayer();
        var interrupted = player.Play([Prompt.Silence(TimeSpan.FromSeconds(1))]);
        player.Fill(new byte[160], G711Law.MuLaw);

        player.Stop();
        var next = player.Play([Prompt.Tone("next", 440, TimeSpan.FromMilliseconds(20))]);
        player.IsPlaying.ShouldBeTrue();
        player.Fill(new byte[160], G711Law.MuLaw).ShouldBeTrue();

        (await interrupted).ShouldBeFalse();
        (await next).ShouldBeTrue();
    }

    [Fact]
    public async Task Should_Complete_Every_Request_When_Stops_Race_The_Clock()
    {
        // The clock thread fills while another thread plays and stops: no request may be left pending (a hang).
        var player = new PromptPlayer();
        var prompt = Prompt.Tone("p", 440, TimeSpan.FromMilliseconds(40));
        var tasks = new List<Task<bool>>();
        using var stop = new CancellationTokenSource();
        var clock = Task.Run(() =>
        {
            var packet = new byte[160];
            while (!stop.IsCancellationRequested) player.Fill(packet, G711Law.ALaw);
        });
        for (var i = 0; i < 2000; i++)
        {
            tasks.Add(player.Play([prompt]));
            if (i % 3 == 0) player.Stop();
        }
        player.Stop();
        var all = Task.WhenAll(tasks);
        (await Task.WhenAny(all, Task.Delay(TimeSpan.FromSeconds(10)))).ShouldBe(all, "a playback task never completed");
        await stop.CancelAsync();
        await clock;
        player.IsPlaying.ShouldBeFalse();
    }
}
