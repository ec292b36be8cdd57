using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using System.Text;
using CallCenter.Telephony.Calls;
using CallCenter.Telephony.Media;
using CallCenter.Telephony.Rtp;
using CallCenter.Telephony.Sip;
using CallCenter.Telephony.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace CallCenter.Telephony.Tests.Calls;

/// <summary>
/// The relay, packet by packet: signalling on a fake transport, media on real loopback sockets standing in for the
/// caller's and the target's phones. What the caller receives after the bridge must continue the stream it heard
/// before (same SSRC, next sequence numbers and timestamps), in its own law and telephone-event payload type, and
/// must never run backwards when the target's source restarts.
/// </summary>
[Collection(Sipp.SippCollection.Name)] // real-time media on a shared clock: not beside the sipp tests
public sealed class CallBridgeRelayTests : IDisposable
{
    private static readonly IPEndPoint Target = new(IPAddress.Loopback, 5080);
    private readonly FakeTimeProvider _time = new();
    private readonly FakeSipTransport _transport = new();
    private readonly SipEndpoint _endpoint;
    private readonly UdpClient _callerPhone = new(new IPEndPoint(IPAddress.Loopback, 0));
    private readonly UdpClient _targetPhone = new(new IPEndPoint(IPAddress.Loopback, 0));

    public CallBridgeRelayTests()
    {
        _endpoint = new SipEndpoint(new SipEndpointOptions { Port = 0, Time = _time, MediaInactivityTimeout = TimeSpan.Zero }, _transport);
        _endpoint.Start();
    }

    private static string Sdp(int port, string formats, string maps) =>
        $"v=0\r\no=p 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\nm=audio {port} RTP/AVP {formats}\r\n{maps}a=ptime:20\r\n";

    private async Task<SipCall> AnsweredCallerAsync()
    {
        var callerPort = ((IPEndPoint)_callerPhone.Client.LocalEndPoint!).Port;
        SipCall? call = null;
        _endpoint.IncomingCall += c => { c.Answer(); call = c; };
        _transport.Receive(SipSamples.Invite(body: Sdp(callerPort, "0 101", "a=rtpmap:0 PCMU/8000\r\na=rtpmap:101 telephone-event/8000\r\n")));
        for (var i = 0; i < 100 && call?.State != SipCallState.Answered; i++) await Task.Delay(20);
        _transport.Receive(SipSamples.Request(SipMethods.Ack, "z9hG4bK-ack", toTag: call!.LocalTag, cseq: 1));
        call.State.ShouldBe(SipCallState.Confirmed);
        return call;
    }

    private static byte[] Rtp(byte pt, bool marker, ushort seq, uint ts, uint ssrc, byte[] payload) =>
        new RtpPacket(pt, marker, seq, ts, ssrc, payload).ToArray();

    private async Task<List<RtpPacket>> ReceiveAsync(int count)
    {
        var packets = new List<RtpPacket>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        while (packets.Count < count)
        {
            var datagram = await _callerPhone.ReceiveAsync(timeout.Token);
            RtpPacket.TryParse(datagram.Buffer, out var packet).ShouldBeTrue();
            packets.Add(packet);
        }
        return packets;
    }

    [Fact]
    public async Task Should_Continue_The_Callers_Stream_Transcode_And_Renumber_Events_And_Never_Run_Backwards()
    {
        var call = await AnsweredCallerAsync();
        var before = (await ReceiveAsync(3)).Last(); // our prompt/silence stream, as the caller heard it
        var targetPort = ((IPEndPoint)_targetPhone.Client.LocalEndPoint!).Port;

        var bridging = call.BridgeToAsync("sip:8000@127.0.0.1:5080", Target, TimeSpan.FromSeconds(30));
        var invite = _transport.Requests.Single(r => r.Method == SipMethods.Invite && r.From.Tag != "caller-tag");
        invite.BodyText.ShouldContain("RTP/AVP 0 8 101"); // the caller's law first
        var ok = SipResponseBuilder.Create(invite, 200, "OK", "target-tag");
        ok.AddHeader(SipHeaderNames.Contact, "<sip:8000@127.0.0.1:5080>");
        ok.AddHeader(SipHeaderNames.ContentType, "application/sdp");
        ok.Body = Encoding.UTF8.GetBytes(Sdp(targetPort, "8 96", "a=rtpmap:8 PCMA/8000\r\na=rtpmap:96 telephone-event/8000\r\n"));
        _transport.Receive(ok.ToBytes(), Target);
        var outcome = await bridging.WaitAsync(TimeSpan.FromSeconds(5));
        outcome.Result.ShouldBe(BridgeResult.Answered);
        outcome.Bridge!.Transcoding.ShouldBeTrue();

        // Drain what the muted prompt stream sent before the bridge took over.
        await Task.Delay(100);
        var last = before;
        while (_callerPhone.Available > 0)
        {
            var datagram = await _callerPhone.ReceiveAsync();
            if (RtpPacket.TryParse(datagram.Buffer, out var p)) last = p;
        }
        var leg = outcome.Leg!.Rtp!.LocalEndPoint;
        var speech = Enumerable.Range(0, 160).Select(i => (byte)(0x20 + i % 16)).ToArray(); // loud A-law codes
        var sent = new List<byte[]>();
        for (var i = 0; i < 4; i++) sent.Add(Rtp(8, i == 0, (ushort)(100 + i), 1000 + (uint)(160 * i), 0x1111, speech));
        var digit = new byte[] { 5, 0x0A, 0, 160 };
        for (var i = 0; i < 3; i++) sent.Add(Rtp(96, i == 0, (ushort)(7 + i), 5555, 0x2222, digit));
        // The target's source restarts: the same capture again, timestamps back at 1000.
        for (var i = 0; i < 2; i++) sent.Add(Rtp(8, false, (ushort)(104 + i), 1000 + (uint)(160 * i), 0x1111, speech));
        foreach (var packet in sent)
        {
            await _targetPhone.SendAsync(packet, leg);
            await Task.Delay(5); // in order, as a phone paces them
        }

        var relayed = await ReceiveAsync(sent.Count);

        relayed.ShouldAllBe(p => p.Ssrc == last.Ssrc); // one stream from us, before and after the bridge
        ((ushort)(relayed[0].SequenceNumber - last.SequenceNumber)).ShouldBeInRange((ushort)1, (ushort)2); // mod 2^16
        for (var i = 1; i < relayed.Count; i++) relayed[i].SequenceNumber.ShouldBe((ushort)(relayed[i - 1].SequenceNumber + 1));
        var audio = relayed.Where(p => p.PayloadType == 0).ToList();
        audio.Count.ShouldBe(6);
        audio[0].Marker.ShouldBeTrue();
        ((int)(audio[0].Timestamp - last.Timestamp)).ShouldBeInRange(160, 160 * 6); // continues where the prompt stream was
        for (var i = 1; i < 4; i++) audio[i].Timestamp.ShouldBe(audio[0].Timestamp + (uint)(160 * i));
        ((int)(audio[4].Timestamp - audio[3].Timestamp)).ShouldBeGreaterThanOrEqualTo(160); // the replay is moved forward
        audio[5].Timestamp.ShouldBe(audio[4].Timestamp + 160);
        audio[0].Payload.ToArray().ShouldBe(speech.Select(b => G711.Encode(G711Law.MuLaw, G711.Decode(G711Law.ALaw, b))).ToArray());
        var events = relayed.Where(p => p.PayloadType == 101).ToList(); // the caller's telephone-event type, not the target's 96
        events.Count.ShouldBe(3);
        events.Select(e => e.Timestamp).Distinct().ShouldHaveSingleItem();
        events[0].Marker.ShouldBeTrue();
        events[0].Payload.ToArray().ShouldBe(digit);
        outcome.Bridge.PacketsToCaller.ShouldBe(sent.Count);
        outcome.Bridge.NonSilentPacketsToCaller.ShouldBe(6);

        // A datagram that is not RTP, an unknown payload type and an oversized header claim are ignored, not relayed.
        await _targetPhone.SendAsync(Encoding.ASCII.GetBytes("hello"), leg);
        await _targetPhone.SendAsync(Rtp(18, false, 1, 1, 0x1111, speech), leg);
        var bogus = Rtp(8, false, 1, 1, 0x1111, speech);
        bogus[0] |= 0x0F; // 15 CSRCs claimed
        BinaryPrimitives.WriteUInt16BigEndian(bogus.AsSpan(2), 9);
        await _targetPhone.SendAsync(bogus, leg);
        await Task.Delay(200);
        outcome.Bridge.PacketsToCaller.ShouldBe(sent.Count + 1); // the 15-CSRC packet is still well-formed RTP with a shorter payload
        call.State.ShouldBe(SipCallState.Confirmed);

        call.Hangup();
        await outcome.Bridge.Completion.WaitAsync(TimeSpan.FromSeconds(5));
        outcome.Bridge.EndedBy.ShouldBe("caller");
        _transport.Requests.Count(r => r.Method == SipMethods.Bye).ShouldBe(2); // one per leg
    }

    public void Dispose()
    {
        _endpoint.Dispose();
        _callerPhone.Dispose();
        _targetPhone.Dispose();
    }
}
