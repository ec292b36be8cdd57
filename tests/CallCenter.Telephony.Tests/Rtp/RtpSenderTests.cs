using CallCenter.Telephony.Media;
using CallCenter.Telephony.Rtp;

namespace CallCenter.Telephony.Tests.Rtp;

public class RtpSenderTests
{
    private readonly List<RtpPacket> _sent = [];

    private RtpSender Sender(int ptime = 20) => new(G711Law.MuLaw, 0, ptime, (data, length) =>
    {
        RtpPacket.TryParse(data.AsSpan(0, length).ToArray(), out var p).ShouldBeTrue();
        _sent.Add(p);
    });

    [Theory]
    [InlineData(20, 160)]
    [InlineData(30, 240)]
    [InlineData(10, 80)]
    public void Should_Advance_Timestamp_By_Samples_And_Sequence_By_One(int ptime, int samples)
    {
        var sender = Sender(ptime);
        for (var i = 0; i < 5; i++) sender.OnTick();

        _sent.Count.ShouldBe(5);
        for (var i = 1; i < 5; i++)
        {
            (_sent[i].Timestamp - _sent[i - 1].Timestamp).ShouldBe((uint)samples);
            ((ushort)(_sent[i].SequenceNumber - _sent[i - 1].SequenceNumber)).ShouldBe((ushort)1);
            _sent[i].Payload.Length.ShouldBe(samples);
        }
    }

    [Fact]
    public void Should_Keep_One_Continuous_Stream_Across_Prompt_Changes()
    {
        var sender = Sender();
        sender.OnTick(); // silence
        var first = sender.Player.Play([Prompt.Tone("a", 440, TimeSpan.FromMilliseconds(50))]);
        for (var i = 0; i < 4; i++) sender.OnTick();
        sender.Player.Play([Prompt.Tone("b", 880, TimeSpan.FromMilliseconds(40))]);
        for (var i = 0; i < 4; i++) sender.OnTick();

        first.IsCompletedSuccessfully.ShouldBeTrue();
        _sent.Select(p => p.Ssrc).Distinct().Count().ShouldBe(1);
        _sent.Count(p => p.Marker).ShouldBe(1);
        _sent[0].Marker.ShouldBeTrue();
        for (var i = 1; i < _sent.Count; i++) (_sent[i].Timestamp - _sent[i - 1].Timestamp).ShouldBe(160u);
    }

    [Fact]
    public void Should_Pick_Random_Ssrc_Sequence_And_Timestamp()
    {
        var senders = Enumerable.Range(0, 8).Select(_ => Sender()).ToList();

        senders.Select(s => s.Ssrc).Distinct().Count().ShouldBeGreaterThan(1);
        senders.Select(s => s.NextTimestamp).Distinct().Count().ShouldBeGreaterThan(1);
        senders.Select(s => s.NextSequenceNumber).Distinct().Count().ShouldBeGreaterThan(1);
    }

    [Fact]
    public void Should_Stay_Silent_On_The_Wire_But_Keep_Time_When_Not_Sending()
    {
        var sender = Sender();
        sender.Sending = false;
        var before = sender.NextTimestamp;
        sender.OnTick();

        _sent.ShouldBeEmpty();
        (sender.NextTimestamp - before).ShouldBe(160u);
    }
}
