using CallCenter.Telephony.Dtmf;
using CallCenter.Telephony.Rtp;
using Microsoft.Extensions.Time.Testing;

namespace CallCenter.Telephony.Tests.Dtmf;

public class DtmfReceiverTests
{
    private readonly FakeTimeProvider _time = new();

    private static RtpPacket Event(int pt, uint ssrc, ushort seq, uint timestamp, byte code, bool end, ushort duration, bool marker = false) =>
        new((byte)pt, marker, seq, timestamp, ssrc, new byte[] { code, (byte)(end ? 0x80 | 10 : 10), (byte)(duration >> 8), (byte)duration });

    /// <summary>One key press the way sipp's dtmf_2833 captures carry it: 8 updates, then 3 end packets with one sequence number.</summary>
    private static List<RtpPacket> Press(int pt, byte code, uint timestamp, ushort seq, uint ssrc = 0xABCD)
    {
        var packets = new List<RtpPacket>();
        for (var i = 0; i < 8; i++) packets.Add(Event(pt, ssrc, (ushort)(seq + i), timestamp, code, false, (ushort)(320 * (i + 1)), marker: i == 0));
        for (var i = 0; i < 3; i++) packets.Add(Event(pt, ssrc, (ushort)(seq + 8), timestamp, code, true, 2880));
        return packets;
    }

    private List<char> Feed(DtmfReceiver receiver, IEnumerable<RtpPacket> packets)
    {
        var digits = new List<char>();
        foreach (var p in packets)
        {
            if (receiver.Process(p) is { } d) digits.Add(d.Digit);
            _time.Advance(TimeSpan.FromMilliseconds(20));
        }
        return digits;
    }

    [Theory]
    [InlineData(101)]
    [InlineData(96)]
    public void Should_Report_One_Digit_Per_Press_With_The_Negotiated_Payload_Type(int pt)
    {
        var receiver = new DtmfReceiver(pt, _time);

        Feed(receiver, Press(pt, 1, 1000, 10)).ShouldBe(['1']);
    }

    [Fact]
    public void Should_Ignore_Events_With_Another_Payload_Type()
    {
        var receiver = new DtmfReceiver(96, _time);

        Feed(receiver, Press(97, 1, 1000, 10).Concat(Press(101, 2, 2000, 30))).ShouldBeEmpty();
    }

    [Fact]
    public void Should_Report_Two_Presses_When_The_Same_Capture_Is_Replayed()
    {
        var receiver = new DtmfReceiver(101, _time);
        var press = Press(101, 1, 1000, 10);

        Feed(receiver, press.Concat(press)).ShouldBe(['1', '1']);
    }

    [Fact]
    public void Should_Not_Lose_The_Next_Digit_When_End_Packets_Are_Lost()
    {
        var receiver = new DtmfReceiver(101, _time);
        var first = Press(101, 1, 1000, 10).Take(5);
        var second = Press(101, 1, 3000, 30);

        Feed(receiver, first.Concat(second)).ShouldBe(['1', '1']);
    }

    [Fact]
    public void Should_Report_A_Press_Whose_Start_Was_Lost()
    {
        var receiver = new DtmfReceiver(101, _time);

        Feed(receiver, Press(101, 5, 1000, 10).Skip(9)).ShouldBe(['5']);
    }

    [Fact]
    public void Should_Not_Double_Report_Retransmitted_Start_Packets_Or_Late_End_Packets()
    {
        var receiver = new DtmfReceiver(101, _time);
        var one = Press(101, 1, 1000, 10);
        var two = Press(101, 2, 3000, 30);
        // Start packet sent three times (RFC 4733 §2.5.1.2), then an end packet of "1" arriving after "2" began.
        var packets = new List<RtpPacket> { one[0], one[0], one[0] };
        packets.AddRange(one.Skip(1).Take(9));
        packets.AddRange(two.Take(3));
        packets.Add(one[10]);
        packets.AddRange(two.Skip(3));

        Feed(receiver, packets).ShouldBe(['1', '2']);
    }

    [Fact]
    public void Should_Not_Double_Report_When_Processing_Stalls_In_The_Middle_Of_A_Press()
    {
        var receiver = new DtmfReceiver(101, _time);
        var press = Press(101, 9, 1000, 10);
        var digits = Feed(receiver, press.Take(4));
        _time.Advance(TimeSpan.FromSeconds(3)); // a busy machine delays the receive loop
        digits.AddRange(Feed(receiver, press.Skip(4)));

        digits.ShouldBe(['9']);
    }

    [Fact]
    public void Should_Ignore_A_Stray_Update_After_The_End_Packets()
    {
        var receiver = new DtmfReceiver(101, _time);
        var press = Press(101, 4, 1000, 10);

        Feed(receiver, press.Append(press[7])).ShouldBe(['4']);
    }

    [Fact]
    public void Should_Not_Restart_A_Press_For_A_Late_Retransmitted_Start_Packet()
    {
        var receiver = new DtmfReceiver(101, _time);
        var press = Press(101, 6, 1000, 10);

        Feed(receiver, press.Take(5).Append(press[0]).Concat(press.Skip(5))).ShouldBe(['6']);
    }

    [Fact]
    public void Should_Map_Star_Pound_And_Letters_And_Ignore_Other_Events()
    {
        var receiver = new DtmfReceiver(101, _time);
        var packets = Press(101, 10, 1000, 10).Concat(Press(101, 11, 2000, 30)).Concat(Press(101, 12, 3000, 50)).Concat(Press(101, 16, 4000, 70));

        Feed(receiver, packets).ShouldBe(['*', '#', 'A']);
    }

    [Fact]
    public void Should_Separate_Streams_By_Ssrc()
    {
        var receiver = new DtmfReceiver(101, _time);

        Feed(receiver, Press(101, 3, 1000, 10, ssrc: 1).Concat(Press(101, 3, 1000, 10, ssrc: 2))).ShouldBe(['3', '3']);
    }

    [Theory]
    [InlineData("application/dtmf-relay", "Signal=5\r\nDuration=160\r\n", '5')]
    [InlineData("application/dtmf-relay", "Signal= #\r\nDuration=160\r\n", '#')]
    [InlineData("application/dtmf-relay; charset=x", "Signal=10\r\n", '*')]
    [InlineData("application/dtmf", "7", '7')]
    public void Should_Parse_Sip_Info_Dtmf(string type, string body, char expected)
    {
        SipInfoDtmf.TryParse(type, body).ShouldBe(expected);
    }

    [Theory]
    [InlineData("application/dtmf-relay", "Duration=160")]
    [InlineData("application/dtmf-relay", "Signal=X")]
    [InlineData("text/plain", "Signal=5")]
    [InlineData(null, "5")]
    public void Should_Ignore_Other_Info_Bodies(string? type, string body)
    {
        SipInfoDtmf.TryParse(type, body).ShouldBeNull();
    }
}
