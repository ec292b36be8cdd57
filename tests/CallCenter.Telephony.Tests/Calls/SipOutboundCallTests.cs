using System.Net;
using System.Text;
using CallCenter.Telephony.Calls;
using CallCenter.Telephony.Sip;
using G711Law = CallCenter.Telephony.Media.G711Law;
using CallCenter.Telephony.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace CallCenter.Telephony.Tests.Calls;

/// <summary>The UAC dialog on a fake transport and clock: offer, end-to-end ACK for 2xx (and its retransmissions), CANCEL, BYE.</summary>
public sealed class SipOutboundCallTests : IDisposable
{
    private static readonly IPEndPoint Target = new(IPAddress.Loopback, 5080);
    private readonly FakeTimeProvider _time = new();
    private readonly FakeSipTransport _transport = new();
    private readonly SipEndpoint _endpoint;

    public SipOutboundCallTests()
    {
        _endpoint = new SipEndpoint(new SipEndpointOptions { Port = 0, Time = _time, MediaInactivityTimeout = TimeSpan.FromSeconds(60) }, _transport);
        _endpoint.Start();
    }

    private SipRequest SentInvite => _transport.Requests.Last(r => r.Method == SipMethods.Invite);

    private void Respond(int code, string reason, string? sdp = null)
    {
        var response = SipResponseBuilder.Create(SentInvite, code, reason, "target-tag");
        if (code is > 100 and < 300) response.AddHeader(SipHeaderNames.Contact, "<sip:8000@127.0.0.1:5080>");
        if (sdp is not null)
        {
            response.AddHeader(SipHeaderNames.ContentType, "application/sdp");
            response.Body = Encoding.UTF8.GetBytes(sdp);
        }
        _transport.Receive(response.ToBytes(), Target);
    }

    private static string AnswerSdp(string codecs = "8 101") => $"v=0\r\no=t 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\nm=audio 7000 RTP/AVP {codecs}\r\na=rtpmap:8 PCMA/8000\r\na=rtpmap:101 telephone-event/8000\r\n";

    [Fact]
    public void Should_Offer_G711_And_Telephone_Event_With_The_Preferred_Law_First()
    {
        var leg = _endpoint.Dial("sip:8000@127.0.0.1:5080", Target, "13800138000", "Zhang San", G711Law.ALaw);

        var invite = SentInvite;
        invite.Uri.ShouldBe("sip:8000@127.0.0.1:5080");
        invite.From.ParsedUri.User.ShouldBe("13800138000");
        invite.From.Tag.ShouldBe(leg.LocalTag);
        invite.To.Tag.ShouldBeNull();
        invite.BodyText.ShouldContain("m=audio ");
        invite.BodyText.ShouldContain(" RTP/AVP 8 0 101\r\n");
        invite.BodyText.ShouldContain("a=rtpmap:101 telephone-event/8000");
        _transport.Sent.Last().To.ShouldBe(Target);
        leg.State.ShouldBe(OutboundCallState.Calling);
    }

    [Fact]
    public async Task Should_Ack_The_2xx_End_To_End_And_Again_For_Each_Retransmission()
    {
        var leg = _endpoint.Dial("sip:8000@127.0.0.1:5080", Target, "13800138000");
        Respond(180, "Ringing");
        Respond(200, "OK", AnswerSdp());
        Respond(200, "OK", AnswerSdp());

        (await leg.Answer.WaitAsync(TimeSpan.FromSeconds(5))).ShouldBe(200);
        leg.State.ShouldBe(OutboundCallState.Answered);
        leg.Media!.Law.ShouldBe(G711Law.ALaw);
        leg.Media.TelephoneEventPayloadType.ShouldBe(101);
        leg.Media.RemoteRtp.Port.ShouldBe(7000);
        var acks = _transport.Requests.Where(r => r.Method == SipMethods.Ack).ToList();
        acks.Count.ShouldBe(2);
        acks[0].ToString().ShouldBe(acks[1].ToString()); // the same ACK again, not a new transaction
        acks[0].TopVia.Branch.ShouldNotBe(SentInvite.TopVia.Branch); // a 2xx ACK is its own transaction
        acks[0].Uri.ShouldBe("sip:8000@127.0.0.1:5080"); // the remote target from Contact
        acks[0].To.Tag.ShouldBe("target-tag");
        acks[0].CSeq.ShouldBe(new CSeqHeader(SentInvite.CSeq.Number, SipMethods.Ack));
    }

    [Fact]
    public async Task Should_Defer_Cancel_Until_A_Provisional_Response_Then_Report_487()
    {
        var leg = _endpoint.Dial("sip:8000@127.0.0.1:5080", Target, "13800138000");
        leg.Hangup();
        _transport.Requests.ShouldNotContain(r => r.Method == SipMethods.Cancel); // RFC 3261 §9.1: not before a provisional

        Respond(180, "Ringing");
        var cancel = _transport.Requests.Single(r => r.Method == SipMethods.Cancel);
        cancel.TopVia.Branch.ShouldBe(SentInvite.TopVia.Branch);
        Respond(487, "Request Terminated");

        (await leg.Answer.WaitAsync(TimeSpan.FromSeconds(5))).ShouldBe(487);
        (await leg.Completion.WaitAsync(TimeSpan.FromSeconds(5))).ShouldBe(CallEndReason.Cancelled);
        _endpoint.ActiveOutboundCalls.ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_Ack_And_Bye_A_200_That_Crossed_Our_Cancel()
    {
        var leg = _endpoint.Dial("sip:8000@127.0.0.1:5080", Target, "13800138000");
        Respond(180, "Ringing");
        leg.Hangup();
        Respond(200, "OK", AnswerSdp());

        (await leg.Completion.WaitAsync(TimeSpan.FromSeconds(5))).ShouldBe(CallEndReason.LocalHangup);
        _transport.Requests.Select(r => r.Method).ShouldBe([SipMethods.Invite, SipMethods.Cancel, SipMethods.Ack, SipMethods.Bye]);
    }

    [Fact]
    public async Task Should_End_On_The_Targets_Bye_And_Answer_It()
    {
        var leg = _endpoint.Dial("sip:8000@127.0.0.1:5080", Target, "13800138000");
        Respond(200, "OK", AnswerSdp());
        var invite = SentInvite;
        var bye = $"BYE sip:callcenter@127.0.0.1:5060 SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:5080;branch=z9hG4bK-tbye\r\nMax-Forwards: 70\r\n" +
                  $"From: <sip:8000@127.0.0.1:5080>;tag=target-tag\r\nTo: {invite.GetHeader(SipHeaderNames.From)}\r\nCall-ID: {invite.CallId}\r\n" +
                  "CSeq: 1 BYE\r\nContent-Length: 0\r\n\r\n";
        _transport.Receive(Encoding.ASCII.GetBytes(bye), Target);

        (await leg.Completion.WaitAsync(TimeSpan.FromSeconds(5))).ShouldBe(CallEndReason.RemoteHangup);
        _transport.Responses.Last().StatusCode.ShouldBe(200);
        _endpoint.ActiveOutboundCalls.ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_Hang_Up_An_Answer_Without_A_Codec_We_Offered()
    {
        var leg = _endpoint.Dial("sip:8000@127.0.0.1:5080", Target, "13800138000");
        Respond(200, "OK", AnswerSdp("18"));

        (await leg.Answer.WaitAsync(TimeSpan.FromSeconds(5))).ShouldBe(488);
        (await leg.Completion.WaitAsync(TimeSpan.FromSeconds(5))).ShouldBe(CallEndReason.NotAcceptable);
        _transport.Requests.Select(r => r.Method).ShouldBe([SipMethods.Invite, SipMethods.Ack, SipMethods.Bye]);
    }

    [Fact]
    public async Task Should_Report_408_And_End_When_Nothing_Answers_Within_Timer_B()
    {
        var leg = _endpoint.Dial("sip:8000@127.0.0.1:5080", Target, "13800138000");
        _time.Advance(TimeSpan.FromSeconds(33));

        (await leg.Answer.WaitAsync(TimeSpan.FromSeconds(5))).ShouldBe(408);
        (await leg.Completion.WaitAsync(TimeSpan.FromSeconds(5))).ShouldBe(CallEndReason.NoResponse);
        _endpoint.ActiveOutboundCalls.ShouldBeEmpty();
    }

    [Fact]
    public void Should_Survive_Hostile_Answers_And_Leave_No_Leg_Behind()
    {
        string[] bodies =
        [
            "", "garbage", "v=0\r\n", "v=0\r\nc=IN IP4 not-an-ip\r\nm=audio 7000 RTP/AVP 0\r\n",
            "v=0\r\nc=IN IP4 127.0.0.1\r\nm=audio 99999 RTP/AVP 0\r\n", "v=0\r\nc=IN IP4 127.0.0.1\r\nm=audio 0 RTP/AVP 0\r\n",
            "v=0\r\nc=IN IP4 127.0.0.1\r\nm=audio 7000 RTP/AVP 0 8\r\na=rtpmap:0 PCMU/notanumber\r\na=ptime:-5\r\nm=\r\n",
            "v=0\r\nc=IN IP4 127.0.0.1\r\nm=video 7000 RTP/AVP 31\r\n", new string('x', 60_000),
        ];
        foreach (var body in bodies)
        {
            var leg = _endpoint.Dial("sip:8000@127.0.0.1:5080", Target, "13800138000");
            Respond(200, "OK", body);
            leg.State.ShouldBe(OutboundCallState.Ended, body.Length > 80 ? body[..80] : body);
            leg.EndReason.ShouldBe(CallEndReason.NotAcceptable);
        }
        // Mutations of a valid answer: the Via line is kept so each one reaches its transaction.
        var random = new Random(7);
        for (var i = 0; i < 150; i++)
        {
            var leg = _endpoint.Dial("sip:8000@127.0.0.1:5080", Target, "13800138000");
            var ok = SipResponseBuilder.Create(SentInvite, 200, "OK", "target-tag");
            ok.AddHeader(SipHeaderNames.Contact, "<sip:8000@127.0.0.1:5080>");
            ok.AddHeader(SipHeaderNames.ContentType, "application/sdp");
            ok.Body = Encoding.UTF8.GetBytes(AnswerSdp());
            var bytes = ok.ToBytes();
            var from = Encoding.ASCII.GetString(bytes).IndexOf("\r\nFrom:", StringComparison.Ordinal);
            for (var k = 0; k < 1 + random.Next(6); k++) bytes[random.Next(from, bytes.Length)] = (byte)random.Next(256);
            _transport.Receive(bytes, Target); // must not throw into the transport
            leg.Hangup();
        }
        _time.Advance(TimeSpan.FromSeconds(33)); // Timer B for whatever never got a usable final response
        _endpoint.ActiveOutboundCalls.ShouldBeEmpty();
    }

    public void Dispose() => _endpoint.Dispose();
}
