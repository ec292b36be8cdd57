using CallCenter.Telephony.Rtp;

namespace CallCenter.Telephony.Tests.Rtp;

public class RtpPacketTests
{
    [Fact]
    public void Should_Round_Trip_Header_Fields_And_Payload()
    {
        var packet = new RtpPacket(101, true, 65535, 0xFFFFFFF0, 0x01020304, new byte[] { 1, 2, 3, 4 });

        RtpPacket.TryParse(packet.ToArray(), out var parsed).ShouldBeTrue();

        parsed.PayloadType.ShouldBe((byte)101);
        parsed.Marker.ShouldBeTrue();
        parsed.SequenceNumber.ShouldBe((ushort)65535);
        parsed.Timestamp.ShouldBe(0xFFFFFFF0);
        parsed.Ssrc.ShouldBe(0x01020304u);
        parsed.Payload.ToArray().ShouldBe(new byte[] { 1, 2, 3, 4 });
    }

    [Fact]
    public void Should_Skip_Csrc_Extension_And_Padding()
    {
        byte[] data =
        [
            0xB1, 0x00, 0, 1, 0, 0, 0, 2, 0, 0, 0, 3, // V=2, P=1, X=1, CC=1
            0, 0, 0, 9,                               // CSRC
            0xBE, 0xDE, 0, 1, 1, 2, 3, 4,             // extension, 1 word
            0xAA, 0xBB,                               // payload
            0, 2,                                     // padding (2 bytes)
        ];

        RtpPacket.TryParse(data, out var parsed).ShouldBeTrue();

        parsed.Payload.ToArray().ShouldBe(new byte[] { 0xAA, 0xBB });
    }

    [Theory]
    [InlineData(new byte[] { 0x80, 0, 0, 1 })]
    [InlineData(new byte[] { 0x40, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0 })]
    [InlineData(new byte[] { 0x8F, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0 })]
    [InlineData(new byte[] { 0xA0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 5 })]
    [InlineData(new byte[] { 0x80, 200, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0 })]
    public void Should_Reject_Malformed_Or_Rtcp_Packets(byte[] data)
    {
        RtpPacket.TryParse(data, out _).ShouldBeFalse();
    }
}
