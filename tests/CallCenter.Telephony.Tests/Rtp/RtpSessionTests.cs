using System.Net;
using CallCenter.Telephony.Dtmf;
using CallCenter.Telephony.Media;
using CallCenter.Telephony.Rtp;
using CallCenter.Telephony.Sdp;
using Microsoft.Extensions.Time.Testing;

namespace CallCenter.Telephony.Tests.Rtp;

public sealed class RtpSessionTests : IDisposable
{
    private static readonly IPEndPoint Sdp = new(IPAddress.Parse("10.0.0.9"), 6000);
    private static readonly IPEndPoint Nat = new(IPAddress.Loopback, 41000);
    private readonly FakeTimeProvider _time = new();
    private readonly MediaClock _clock = new();
    private readonly RtpSession _session;

    public RtpSessionTests()
    {
        _session = new RtpSession(IPAddress.Loopback, _time);
        var answer = SdpNegotiator.Answer(
            "v=0\r\nc=IN IP4 10.0.0.9\r\nm=audio 6000 RTP/AVP 0 101\r\na=rtpmap:101 telephone-event/8000\r\n", IPAddress.Loopback, _session.LocalEndPoint.Port, 1)!;
        _session.Start(answer, _clock);
    }

    private static byte[] Audio(ushort seq, uint ts) => new RtpPacket(0, false, seq, ts, 77, new byte[160]).ToArray();

    [Fact]
    public void Should_Latch_On_The_First_Packets_Source_Instead_Of_The_Sdp_Address()
    {
        _session.RemoteEndPoint.ShouldBe(Sdp);

        _session.OnPacket(Audio(1, 160), Nat);

        _session.IsLatched.ShouldBeTrue();
        _session.RemoteEndPoint.ShouldBe(Nat);
    }

    [Fact]
    public void Should_Ignore_Other_Sources_After_Latching_And_Unknown_Payload_Types()
    {
        _session.OnPacket(new RtpPacket(97, false, 1, 1, 5, new byte[4]).ToArray(), new IPEndPoint(IPAddress.Loopback, 9)); // filler, not latched on
        _session.OnPacket(Audio(1, 160), Nat);
        _session.OnPacket(Audio(2, 320), new IPEndPoint(IPAddress.Loopback, 42000));
        _session.OnPacket(new byte[] { 1, 2, 3 }, Nat);

        _session.RemoteEndPoint.ShouldBe(Nat);
        _session.PacketsReceived.ShouldBe(1);
        _session.PacketsIgnored.ShouldBe(3);
    }

    [Fact]
    public void Should_Reset_The_Inactivity_Clock_On_Each_Packet()
    {
        _time.Advance(TimeSpan.FromSeconds(20));
        _session.Idle.ShouldBe(TimeSpan.FromSeconds(20));

        _session.OnPacket(Audio(1, 160), Nat);

        _session.Idle.ShouldBe(TimeSpan.Zero);
    }

    [Fact]
    public void Should_Raise_Dtmf_And_Record_Audio_From_The_Same_Stream()
    {
        var digits = new List<DtmfDigit>();
        _session.DigitReceived += digits.Add;
        _session.Recorder = new CallRecorder(G711Law.MuLaw, TimeSpan.FromMinutes(1));

        _session.OnPacket(Audio(1, 160), Nat);
        _session.OnPacket(new RtpPacket(101, true, 2, 999, 88, new byte[] { 7, 10, 0, 160 }).ToArray(), Nat);
        _session.OnPacket(new RtpPacket(101, false, 3, 999, 88, new byte[] { 7, 10, 1, 64 }).ToArray(), Nat);

        digits.Select(d => d.Digit).ShouldBe(['7']);
        _session.Recorder.Duration.ShouldBe(TimeSpan.FromMilliseconds(20));
    }

    public void Dispose()
    {
        _session.Dispose();
        _clock.Dispose();
    }
}
