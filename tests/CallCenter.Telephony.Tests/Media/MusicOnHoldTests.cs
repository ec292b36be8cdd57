using CallCenter.Telephony.Media;
using CallCenter.Telephony.Rtp;

namespace CallCenter.Telephony.Tests.Media;

/// <summary>
/// The shared music-on-hold source driven tick by tick (no clock thread): every listener copies the one shared frame
/// into its own stream, whatever its law or packet size, and the stream never jumps when prompts and music alternate.
/// </summary>
public class MusicOnHoldTests
{
    private sealed class Listener
    {
        public Listener(G711Law law, MusicOnHold music, int ptimeMs = 20)
        {
            Sender = new RtpSender(law, law == G711Law.MuLaw ? 0 : 8, ptimeMs, (packet, length) =>
            {
                RtpPacket.TryParse(packet.AsMemory(0, length).ToArray(), out var parsed).ShouldBeTrue();
                Packets.Add(parsed);
            }) { Music = music };
        }

        public RtpSender Sender { get; }

        public List<RtpPacket> Packets { get; } = [];

        public byte[] Audio => Packets.SelectMany(p => p.Payload.ToArray()).ToArray();
    }

    private static byte[] Loop(MusicOnHold music, G711Law law, int start, int count)
    {
        var encoded = music.Music.Encoded(law).ToArray();
        return Enumerable.Range(0, count).Select(i => encoded[(start + i) % encoded.Length]).ToArray();
    }

    [Fact]
    public void Should_Serve_Fifty_Listeners_From_One_Shared_Frame_Per_Tick()
    {
        var music = new MusicOnHold(HoldMusic.Create());
        var listeners = Enumerable.Range(0, 50).Select(i => new Listener(i % 2 == 0 ? G711Law.MuLaw : G711Law.ALaw, music)).ToList();
        var start = music.Position;

        for (var tick = 0; tick < 10; tick++)
        {
            foreach (var listener in listeners) listener.Sender.OnTick();
            music.OnTick();
        }

        music.Ticks.ShouldBe(10); // one step of the shared position per 20 ms, not one per listener
        foreach (var listener in listeners)
        {
            listener.Packets.Count.ShouldBe(10);
            listener.Audio.ShouldBe(Loop(music, listener.Sender.Law, start, 1600));
        }
    }

    [Fact]
    public void Should_Give_A_30ms_Phone_The_Music_Without_Skips_Or_Repeats()
    {
        var music = new MusicOnHold(HoldMusic.Create(secondsPerChord: 0.25)); // a one-second loop: the test wraps around it
        var phone = new Listener(G711Law.MuLaw, music, ptimeMs: 30);
        var start = music.Position;

        for (var ms = 0; ms < 3000; ms += 10)
        {
            if (ms % 30 == 0) phone.Sender.OnTick();
            if (ms % 20 == 0) music.OnTick();
        }

        phone.Packets.Count.ShouldBe(100);
        phone.Audio.ShouldBe(Loop(music, G711Law.MuLaw, start, 24000));
    }

    [Fact]
    public void Should_Play_Announcements_Over_The_Music_And_Keep_One_Continuous_Stream()
    {
        var music = new MusicOnHold(HoldMusic.Create());
        var phone = new Listener(G711Law.MuLaw, music);
        var announcement = Prompt.Tone("position", 1000, TimeSpan.FromMilliseconds(100), amplitude: 20000);
        var played = phone.Sender.Player.Play([announcement]);

        for (var tick = 0; tick < 20; tick++)
        {
            if (tick == 15) phone.Sender.Music = null; // the caller leaves the queue: silence from the next packet
            phone.Sender.OnTick();
            music.OnTick();
        }

        played.IsCompletedSuccessfully.ShouldBeTrue();
        phone.Audio[..800].ShouldBe(announcement.Encoded(G711Law.MuLaw).ToArray()); // the announcement first, whole
        phone.Packets[5..15].ShouldAllBe(p => p.Payload.ToArray().Any(b => b != G711.Silence(G711Law.MuLaw))); // then the music
        phone.Packets[15..].ShouldAllBe(p => p.Payload.ToArray().All(b => b == G711.Silence(G711Law.MuLaw)));
        for (var i = 1; i < phone.Packets.Count; i++)
        {
            ((ushort)(phone.Packets[i].SequenceNumber - phone.Packets[i - 1].SequenceNumber)).ShouldBe((ushort)1);
            (phone.Packets[i].Timestamp - phone.Packets[i - 1].Timestamp).ShouldBe(160u);
            phone.Packets[i].Ssrc.ShouldBe(phone.Packets[0].Ssrc);
            phone.Packets[i].Marker.ShouldBeFalse();
        }
    }

    [Fact]
    public void Should_Continue_Another_Stream_When_Told_Where_It_Stopped()
    {
        var phone = new Listener(G711Law.MuLaw, new MusicOnHold(HoldMusic.Create()));
        phone.Sender.OnTick();

        phone.Sender.ContinueFrom(1000, 5_000_000);
        phone.Sender.OnTick();
        phone.Sender.OnTick();

        phone.Packets[1].SequenceNumber.ShouldBe((ushort)1000);
        phone.Packets[1].Timestamp.ShouldBe(5_000_000u);
        phone.Packets[1].Marker.ShouldBeTrue();
        phone.Packets[2].SequenceNumber.ShouldBe((ushort)1001);
        phone.Packets[2].Timestamp.ShouldBe(5_000_160u);
        phone.Packets[2].Marker.ShouldBeFalse();
    }

    [Fact]
    public void Should_Generate_Hold_Music_That_Is_Audible_Unclipped_And_Loops_Without_A_Click()
    {
        var music = HoldMusic.Create();
        var pcm = new short[music.SampleCount];
        G711.Decode(G711Law.MuLaw, music.Encoded(G711Law.MuLaw).Span, pcm);

        music.Duration.ShouldBe(TimeSpan.FromSeconds(8));
        pcm.Max(s => Math.Abs((int)s)).ShouldBeInRange(3000, 20000);
        pcm.Count(s => Math.Abs((int)s) > 1000).ShouldBeGreaterThan(pcm.Length / 2);
        Math.Abs((int)pcm[0]).ShouldBeLessThan(200);
        Math.Abs((int)pcm[^1]).ShouldBeLessThan(200);
    }
}
