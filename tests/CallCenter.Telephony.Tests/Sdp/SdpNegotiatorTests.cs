using System.Net;
using CallCenter.Telephony.Media;
using CallCenter.Telephony.Sdp;

namespace CallCenter.Telephony.Tests.Sdp;

public class SdpNegotiatorTests
{
    private static string Offer(string mLine, params string[] attributes) =>
        "v=0\r\no=- 1 1 IN IP4 10.0.0.9\r\ns=-\r\nc=IN IP4 10.0.0.9\r\nt=0 0\r\n" + mLine + "\r\n" + string.Concat(attributes.Select(a => a + "\r\n"));

    private static SdpAnswer Answer(string offer) =>
        SdpNegotiator.Answer(offer, IPAddress.Loopback, 20000, 42).ShouldNotBeNull();

    [Fact]
    public void Should_Pick_The_Offerers_First_G711_Codec_And_Mirror_Telephone_Event_101()
    {
        var answer = Answer(Offer("m=audio 6000 RTP/AVP 8 0 101", "a=rtpmap:101 telephone-event/8000", "a=fmtp:101 0-15"));

        answer.Law.ShouldBe(G711Law.ALaw);
        answer.AudioPayloadType.ShouldBe(8);
        answer.TelephoneEventPayloadType.ShouldBe(101);
        answer.RemoteRtp.ShouldBe(new IPEndPoint(IPAddress.Parse("10.0.0.9"), 6000));
        answer.Text.ShouldContain("m=audio 20000 RTP/AVP 8 101\r\n");
        answer.Text.ShouldContain("a=rtpmap:101 telephone-event/8000\r\n");
        answer.Text.ShouldContain("c=IN IP4 127.0.0.1\r\n");
    }

    [Fact]
    public void Should_Mirror_Telephone_Event_96_And_Ignore_Other_Dynamic_Types()
    {
        var answer = Answer(Offer("m=audio 6000 RTP/AVP 0 96 97", "a=rtpmap:96 telephone-event/8000", "a=rtpmap:97 opus/48000/2"));

        answer.Law.ShouldBe(G711Law.MuLaw);
        answer.TelephoneEventPayloadType.ShouldBe(96);
        answer.Text.ShouldContain("m=audio 20000 RTP/AVP 0 96\r\n");
    }

    [Fact]
    public void Should_Accept_Dynamic_Payload_Type_Named_Pcmu()
    {
        var answer = Answer(Offer("m=audio 6000 RTP/AVP 111 100", "a=rtpmap:111 opus/48000/2", "a=rtpmap:100 PCMU/8000"));

        answer.AudioPayloadType.ShouldBe(100);
        answer.Law.ShouldBe(G711Law.MuLaw);
        answer.TelephoneEventPayloadType.ShouldBeNull();
    }

    [Theory]
    [InlineData(10)]
    [InlineData(30)]
    [InlineData(60)]
    public void Should_Accept_And_Mirror_Any_Ptime(int ptime)
    {
        var answer = Answer(Offer("m=audio 6000 RTP/AVP 0", $"a=ptime:{ptime}"));

        answer.PtimeMs.ShouldBe(ptime);
        answer.Text.ShouldContain($"a=ptime:{ptime}\r\n");
    }

    [Fact]
    public void Should_Default_Ptime_To_20()
    {
        Answer(Offer("m=audio 6000 RTP/AVP 0")).PtimeMs.ShouldBe(20);
    }

    [Theory]
    [InlineData("sendonly", "recvonly")]
    [InlineData("recvonly", "sendonly")]
    [InlineData("inactive", "inactive")]
    [InlineData("sendrecv", "sendrecv")]
    public void Should_Answer_The_Complementary_Direction(string offered, string answered)
    {
        Answer(Offer("m=audio 6000 RTP/AVP 0", "a=" + offered)).Direction.ShouldBe(answered);
    }

    [Fact]
    public void Should_Reject_Video_With_Port_Zero_And_Keep_The_Line_Count()
    {
        var answer = Answer(Offer("m=audio 6000 RTP/AVP 0\r\nm=video 6002 RTP/AVP 96", "a=rtpmap:96 H264/90000"));

        answer.Text.ShouldContain("m=video 0 RTP/AVP 96\r\n");
        answer.Text.Split("m=").Length.ShouldBe(3);
    }

    [Theory]
    [InlineData("m=audio 6000 RTP/AVP 18 9")]
    [InlineData("m=audio 6000 RTP/SAVP 0")]
    [InlineData("m=audio 0 RTP/AVP 0")]
    [InlineData("m=video 6000 RTP/AVP 0")]
    public void Should_Return_Null_For_488_When_Nothing_Matches(string mLine)
    {
        SdpNegotiator.Answer(Offer(mLine), IPAddress.Loopback, 20000, 1).ShouldBeNull();
    }

    [Theory]
    [InlineData("")]
    [InlineData("hello")]
    [InlineData("v=0\r\nm=audio notaport RTP/AVP 0\r\n")]
    [InlineData("v=0\r\nm=audio 6000 RTP/AVP 0\r\n")]
    public void Should_Return_Null_For_Broken_Sdp(string text)
    {
        SdpNegotiator.Answer(text, IPAddress.Loopback, 20000, 1).ShouldBeNull();
    }

    [Fact]
    public void Should_Prefer_Media_Level_Connection_Address()
    {
        var answer = Answer(Offer("m=audio 6000 RTP/AVP 0", "c=IN IP4 192.168.5.5"));

        answer.RemoteRtp.Address.ShouldBe(IPAddress.Parse("192.168.5.5"));
    }
}
