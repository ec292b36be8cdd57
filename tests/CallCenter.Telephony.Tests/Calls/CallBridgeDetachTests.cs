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
/// A transfer takes a bridge apart without hanging up: the caller stays on the line and hears the music from its own
/// stream (no SSRC change, no sequence jump), the agent's leg stays up in silence, no BYE leaves, and the caller can be
/// bridged to another leg. Signalling on a fake transport, media on real loopback sockets standing in for the phones.
/// </summary>
[Collection(Sipp.SippCollection.Name)] // real-time media on a shared clock: not beside the sipp tests
public sealed class CallBridgeDetachTests : IDisposable
{
    private static readonly IPEndPoint Target = new(IPAddress.Loopback, 5080);
    private readonly FakeTimeProvider _time = new();
    private readonly FakeSipTransport _transport = new();
    private readonly SipEndpoint _endpoint;
    private readonly UdpClient _callerPhone = new(new IPEndPoint(IPAddress.Loopback, 0));
    private readonly UdpClient _agentPhone = new(new IPEndPoint(IPAddress.Loopback, 0));
    private readonly UdpClient _secondPhone = new(new IPEndPoint(IPAddress.Loopback, 0));

    public CallBridgeDetachTests()
    {
        _endpoint = new SipEndpoint(new SipEndpointOptions { Port = 0, Time = _time, MediaInactivityTimeout = TimeSpan.Zero }, _transport);
        _endpoint.Start();
    }

    private static string Sdp(int port) =>
        $"v=0\r\no=p 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\nm=audio {port} RTP/AVP 0\r\na=rtpmap:0 PCMU/8000\r\na=ptime:20\r\n";

    private static int Port(UdpClient phone) => ((IPEndPoint)phone.Client.LocalEndPoint!).Port;

    private async Task<SipCall> AnsweredCallerAsync()
    {
        SipCall? call = null;
        _endpoint.IncomingCall += c => { c.Answer(); call = c; };
        _transport.Receive(SipSamples.Invite(body: Sdp(Port(_callerPhone))));
        for (var i = 0; i < 100 && call?.State != SipCallState.Answered; i++) await Task.Delay(20);
        _transport.Receive(SipSamples.Request(SipMethods.Ack, "z9hG4bK-ack", toTag: call!.LocalTag, cseq: 1));
        call.State.ShouldBe(SipCallState.Confirmed);
        return call;
    }

    /// <summary>Dials a leg and answers it with 200 from <paramref name="phone"/>'s media port.</summary>
    private async Task<SipOutboundCall> AnsweredLegAsync(UdpClient phone, string tag)
    {
        var leg = _endpoint.Dial("sip:8000@127.0.0.1:5080", Target, "caller");
        var invite = _transport.Requests.Single(r => r.Method == SipMethods.Invite && r.CallId == leg.CallId);
        var ok = SipResponseBuilder.Create(invite, 200, "OK", tag);
        ok.AddHeader(SipHeaderNames.Contact, "<sip:8000@127.0.0.1:5080>");
        ok.AddHeader(SipHeaderNames.ContentType, "application/sdp");
        ok.Body = Encoding.UTF8.GetBytes(Sdp(Port(phone)));
        _transport.Receive(ok.ToBytes(), Target);
        (await leg.Answer.WaitAsync(TimeSpan.FromSeconds(5))).ShouldBe(200);
        return leg;
    }

    /// <summary>What the caller's phone receives during <paramref name="window"/> (after dropping what was queued).</summary>
    private async Task<List<RtpPacket>> ListenAsync(UdpClient phone, TimeSpan window)
    {
        while (phone.Available > 0) await phone.ReceiveAsync();
        var packets = new List<RtpPacket>();
        using var timeout = new CancellationTokenSource(window);
        try
        {
            while (true)
            {
                var datagram = await phone.ReceiveAsync(timeout.Token);
                if (RtpPacket.TryParse(datagram.Buffer, out var packet)) packets.Add(new RtpPacket(packet.PayloadType, packet.Marker,
                    packet.SequenceNumber, packet.Timestamp, packet.Ssrc, packet.Payload.ToArray()));
            }
        }
        catch (OperationCanceledException)
        {
        }
        return packets;
    }

    private static byte[] Rtp(ushort seq, uint ts) =>
        new RtpPacket(0, seq == 1, seq, ts, 0x3333, Enumerable.Range(0, 160).Select(i => (byte)(0x10 + i % 16)).ToArray()).ToArray(); // loud μ-law

    private static int Peak(RtpPacket p) => p.Payload.ToArray().Max(b => Math.Abs((int)G711.Decode(G711Law.MuLaw, b)));

    [Fact]
    public async Task Should_Detach_Without_Bye_Give_The_Caller_Music_On_Its_Own_Stream_And_Bridge_It_Again()
    {
        using var music = new MusicOnHold(HoldMusic.Create(), _endpoint.Clock);
        var call = await AnsweredCallerAsync();
        var agent = await AnsweredLegAsync(_agentPhone, "agent-tag");
        var bridge = call.BridgeWith(agent).ShouldNotBeNull();
        var ssrc = call.Rtp!.Sender!.Ssrc;

        bridge.Detach(music).ShouldBeTrue();

        bridge.IsActive.ShouldBeFalse();
        bridge.EndedBy.ShouldBe(CallBridge.DetachedBy);
        bridge.Completion.IsCompleted.ShouldBeTrue();
        bridge.Detach(music).ShouldBeFalse(); // once
        call.State.ShouldBe(SipCallState.Confirmed);
        agent.State.ShouldBe(OutboundCallState.Answered);
        _transport.Requests.ShouldNotContain(r => r.Method == SipMethods.Bye);
        // The caller hears the music, from its own stream: same SSRC, sequence numbers without a gap.
        var heard = await ListenAsync(_callerPhone, TimeSpan.FromMilliseconds(600));
        heard.Count.ShouldBeGreaterThan(10);
        heard.ShouldAllBe(p => p.Ssrc == ssrc);
        for (var i = 1; i < heard.Count; i++) heard[i].SequenceNumber.ShouldBe((ushort)(heard[i - 1].SequenceNumber + 1));
        heard.Count(p => Peak(p) > 1000).ShouldBeGreaterThan(heard.Count / 2, "the caller hears the music, not silence");
        // What the old agent says no longer reaches the caller.
        var relayedBefore = bridge.PacketsToCaller;
        for (ushort i = 1; i <= 5; i++) await _agentPhone.SendAsync(Rtp(i, 160u * i), agent.Rtp!.LocalEndPoint);
        await Task.Delay(200);
        bridge.PacketsToCaller.ShouldBe(relayedBefore);

        // Bridged again to another leg: that leg's audio reaches the caller, still under the caller's SSRC; the music stops.
        var second = await AnsweredLegAsync(_secondPhone, "second-tag");
        var again = call.BridgeWith(second).ShouldNotBeNull();
        again.ShouldNotBeSameAs(bridge);
        call.Bridge.ShouldBeSameAs(again);
        for (ushort i = 1; i <= 5; i++)
        {
            await _secondPhone.SendAsync(Rtp(i, 160u * i), second.Rtp!.LocalEndPoint);
            await Task.Delay(5);
        }
        for (var i = 0; i < 60 && again.PacketsToCaller < 5; i++) await Task.Delay(50); // a loaded machine relays late, not never
        again.PacketsToCaller.ShouldBe(5);
        call.Rtp.Sender.Music.ShouldBeNull();
        var afterRebridge = await ListenAsync(_callerPhone, TimeSpan.FromMilliseconds(300));
        afterRebridge.ShouldAllBe(p => p.Ssrc == ssrc);
        afterRebridge.ShouldBeEmpty("nothing but the relay sends to the caller once bridged again");

        // The first agent's leg is the application's to end; its hang-up no longer touches the caller.
        agent.Hangup();
        await agent.Completion.WaitAsync(TimeSpan.FromSeconds(5));
        call.State.ShouldBe(SipCallState.Confirmed);
        again.IsActive.ShouldBeTrue();
        call.Hangup();
        await again.Completion.WaitAsync(TimeSpan.FromSeconds(5));
        again.EndedBy.ShouldBe("caller");
        second.State.ShouldBe(OutboundCallState.Ended); // an ordinary bridge still ends both legs
    }

    [Fact]
    public async Task Should_Leave_The_Other_Leg_Up_When_A_Consultation_Bridge_Loses_One_Leg()
    {
        var agent = await AnsweredLegAsync(_agentPhone, "agent-tag");
        var colleague = await AnsweredLegAsync(_secondPhone, "colleague-tag");
        var consult = _endpoint.Bridge(agent, colleague, hangUpOtherLeg: false).ShouldNotBeNull();

        colleague.Hangup(); // the colleague declines and hangs up

        await consult.Completion.WaitAsync(TimeSpan.FromSeconds(5));
        consult.EndedBy.ShouldBe("target");
        agent.State.ShouldBe(OutboundCallState.Answered); // the first agent goes back to the caller, not off the line
        _transport.Requests.Count(r => r.Method == SipMethods.Bye).ShouldBe(1);
        var heard = await ListenAsync(_agentPhone, TimeSpan.FromMilliseconds(400));
        heard.Count.ShouldBeGreaterThan(5); // the agent's own (silent) stream carries on
        heard.ShouldAllBe(p => p.Ssrc == agent.Rtp!.Sender!.Ssrc);
    }

    public void Dispose()
    {
        _endpoint.Dispose();
        _callerPhone.Dispose();
        _agentPhone.Dispose();
        _secondPhone.Dispose();
    }
}
