using CallCenter.Telephony.Media;

namespace CallCenter.Telephony.Tests.Media;

public class CallRecorderTests
{
    private static byte[] Packet(short value) => Enumerable.Repeat(G711.Encode(G711Law.MuLaw, value), 160).ToArray();

    [Fact]
    public void Should_Place_Packets_By_Timestamp_Even_When_Reordered()
    {
        var recorder = new CallRecorder(G711Law.MuLaw, TimeSpan.FromMinutes(1));
        recorder.Add(7, 1000, Packet(1000));
        recorder.Add(7, 1320, Packet(3000));
        recorder.Add(7, 1160, Packet(2000));

        var pcm = recorder.ToPcm();

        pcm.Length.ShouldBe(480);
        pcm[0].ShouldBe(G711.Decode(G711Law.MuLaw, G711.Encode(G711Law.MuLaw, 1000)));
        pcm[160].ShouldBe(G711.Decode(G711Law.MuLaw, G711.Encode(G711Law.MuLaw, 2000)));
        pcm[479].ShouldBe(G711.Decode(G711Law.MuLaw, G711.Encode(G711Law.MuLaw, 3000)));
    }

    [Fact]
    public void Should_Fill_Lost_Packets_With_Silence()
    {
        var recorder = new CallRecorder(G711Law.MuLaw, TimeSpan.FromMinutes(1));
        recorder.Add(7, uint.MaxValue - 159, Packet(1000)); // wraps around zero
        recorder.Add(7, 160 + 160 * 3, Packet(1000));

        var pcm = recorder.ToPcm();

        pcm.Length.ShouldBe(160 * 6);
        pcm.Skip(160).Take(160 * 4).ShouldAllBe(s => s == 0);
        recorder.Duration.ShouldBe(TimeSpan.FromMilliseconds(120));
    }

    [Fact]
    public void Should_Continue_At_The_End_When_The_Ssrc_Changes()
    {
        var recorder = new CallRecorder(G711Law.MuLaw, TimeSpan.FromMinutes(1));
        recorder.Add(1, 5000, Packet(1000));
        recorder.Add(2, 999_999, Packet(2000));

        recorder.ToPcm().Length.ShouldBe(320);
    }

    [Fact]
    public void Should_Ignore_Stragglers_From_Before_The_Start_And_Cap_The_Length()
    {
        var recorder = new CallRecorder(G711Law.MuLaw, TimeSpan.FromMilliseconds(100));
        recorder.Add(1, 5000, Packet(1000));
        recorder.Add(1, 4840, Packet(1000));
        recorder.Add(1, 5000 + 8000, Packet(1000));

        recorder.ToPcm().Length.ShouldBe(160);
    }

    [Fact]
    public void Should_Write_A_Readable_Wav()
    {
        var recorder = new CallRecorder(G711Law.ALaw, TimeSpan.FromMinutes(1));
        recorder.Add(1, 0, Enumerable.Repeat(G711.Silence(G711Law.ALaw), 160).ToArray());
        recorder.ExtendTo(TimeSpan.FromSeconds(1));

        WavFile.ReadPcm(recorder.ToWav()).Length.ShouldBe(8000);
    }
}
