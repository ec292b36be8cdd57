using System.Net;
using CallCenter.Telephony.Scheduling;
using CallCenter.Telephony.Sip;
using CallCenter.Telephony.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace CallCenter.Telephony.Tests.Sip;

public sealed class SipTransactionLayerTests : IDisposable
{
    private readonly FakeTimeProvider _time = new();
    private readonly FakeSipTransport _transport = new();
    private readonly SipScheduler _scheduler;
    private readonly SipTransactionLayer _layer;
    private readonly RecordingTransactionUser _user = new();

    public SipTransactionLayerTests()
    {
        _scheduler = new SipScheduler(_time);
        _layer = new SipTransactionLayer(_transport, _scheduler, new SipTimerSettings());
        _layer.Start(_user);
    }

    [Fact]
    public void Should_Send_100_Trying_And_Deliver_Invite_Once_When_Retransmitted()
    {
        var invite = SipSamples.Invite();

        _transport.Receive(invite);
        _transport.Receive(invite);
        _transport.Receive(invite);

        _user.Requests.Count.ShouldBe(1);
        _transport.Responses.Select(r => r.StatusCode).ShouldBe([100, 100, 100]);
        _layer.Statistics.RetransmittedRequests.ShouldBe(2);
    }

    [Fact]
    public void Should_Answer_A_Retransmitted_Invite_With_The_Same_Final_Response()
    {
        _transport.Receive(SipSamples.Invite());
        var tx = _user.Requests.Single();
        _layer.SendResponse(tx, SipResponseBuilder.Create(tx.Request, 200, "OK", "tag-a"));
        _transport.Clear();

        _transport.Receive(SipSamples.Invite());

        _user.Requests.Count.ShouldBe(1);
        var again = _transport.Responses.Single();
        again.StatusCode.ShouldBe(200);
        again.To.Tag.ShouldBe("tag-a");
    }

    [Fact]
    public void Should_Stamp_Received_And_Rport_And_Answer_To_The_Source_Port()
    {
        var from = new IPEndPoint(IPAddress.Parse("127.0.0.2"), 40000);
        _transport.Receive(SipSamples.Request("OPTIONS", "z9hG4bK-o"), from);
        var tx = _user.Requests.Single();
        _layer.SendResponse(tx, SipResponseBuilder.Create(tx.Request, 200, "OK"));

        var via = tx.Request.TopVia;
        via.Received.ShouldBe("127.0.0.2");
        via.Rport.ShouldBe(40000);
        _transport.Sent.Last().To.ShouldBe(from);
        _transport.Responses.Last().TopVia.Rport.ShouldBe(40000);
    }

    [Fact]
    public void Should_Answer_Without_Rport_To_The_Via_Port()
    {
        var from = new IPEndPoint(IPAddress.Loopback, 40000);
        _transport.Receive(SipSamples.Request("OPTIONS", "z9hG4bK-o").Replace(";rport", ""), from);
        var tx = _user.Requests.Single();
        _layer.SendResponse(tx, SipResponseBuilder.Create(tx.Request, 200, "OK"));

        _transport.Sent.Last().To.ShouldBe(new IPEndPoint(IPAddress.Loopback, 5070));
    }

    [Fact]
    public void Should_Retransmit_Non2xx_Final_With_Timer_G_Until_Ack()
    {
        _transport.Receive(SipSamples.Invite());
        var tx = _user.Requests.Single();
        _layer.SendResponse(tx, SipResponseBuilder.Create(tx.Request, 486, "Busy Here", "t"));
        var intervals = new List<int>();
        for (var ms = 0; ms < 12000; ms += 50)
        {
            var before = _transport.Responses.Count(r => r.StatusCode == 486);
            _time.Advance(TimeSpan.FromMilliseconds(50));
            if (_transport.Responses.Count(r => r.StatusCode == 486) > before) intervals.Add(ms + 50);
        }

        // T1=500 ms doubling, capped at T2=4 s: sent at 0, then 0.5, 1.5, 3.5, 7.5, 11.5 s.
        intervals.ShouldBe([500, 1500, 3500, 7500, 11500]);

        _transport.Receive(SipSamples.Request("ACK", "z9hG4bK-1", cseq: 1));
        var count = _transport.Responses.Count;
        _time.Advance(TimeSpan.FromSeconds(10));
        _transport.Responses.Count.ShouldBe(count);
        tx.State.ShouldBe(ServerTransactionState.Terminated);
        _user.Acks.ShouldBeEmpty();
    }

    [Fact]
    public void Should_Give_Up_On_Non2xx_After_Timer_H()
    {
        _transport.Receive(SipSamples.Invite());
        var tx = _user.Requests.Single();
        _layer.SendResponse(tx, SipResponseBuilder.Create(tx.Request, 603, "Decline", "t"));

        _time.Advance(TimeSpan.FromSeconds(32));

        tx.State.ShouldBe(ServerTransactionState.Terminated);
        _layer.ServerTransactionCount.ShouldBe(0);
    }

    [Fact]
    public void Should_Keep_Non_Invite_Transaction_For_Timer_J_And_Then_Forget_It()
    {
        var options = SipSamples.Request("OPTIONS", "z9hG4bK-o");
        _transport.Receive(options);
        var tx = _user.Requests.Single();
        _layer.SendResponse(tx, SipResponseBuilder.Create(tx.Request, 200, "OK"));
        _time.Advance(TimeSpan.FromSeconds(31));
        _transport.Receive(options);
        _user.Requests.Count.ShouldBe(1);
        _transport.Responses.Count.ShouldBe(2);

        _time.Advance(TimeSpan.FromSeconds(2));

        _layer.ServerTransactionCount.ShouldBe(0);
    }

    [Fact]
    public void Should_Absorb_Invite_Retransmissions_During_Timer_L_After_2xx()
    {
        _transport.Receive(SipSamples.Invite());
        var tx = _user.Requests.Single();
        _layer.SendResponse(tx, SipResponseBuilder.Create(tx.Request, 200, "OK", "t"));
        tx.State.ShouldBe(ServerTransactionState.Accepted);

        _time.Advance(TimeSpan.FromSeconds(31));
        _transport.Receive(SipSamples.Invite());
        _user.Requests.Count.ShouldBe(1);
        _time.Advance(TimeSpan.FromSeconds(2));

        tx.State.ShouldBe(ServerTransactionState.Terminated);
    }

    [Fact]
    public void Should_Answer_Cancel_With_200_And_Tell_The_User()
    {
        _transport.Receive(SipSamples.Invite());
        _transport.Receive(SipSamples.Request("CANCEL", "z9hG4bK-1", cseq: 1));

        _transport.Responses.Last().StatusCode.ShouldBe(200);
        _transport.Responses.Last().CSeq.Method.ShouldBe("CANCEL");
        _user.Cancelled.Single().ShouldBe(_user.Requests.Single());
    }

    [Fact]
    public void Should_Answer_481_To_Cancel_Without_Invite()
    {
        _transport.Receive(SipSamples.Request("CANCEL", "z9hG4bK-none", cseq: 1));

        _transport.Responses.Single().StatusCode.ShouldBe(481);
        _user.Cancelled.ShouldBeEmpty();
    }

    [Fact]
    public void Should_Pass_Ack_For_2xx_To_The_User()
    {
        _transport.Receive(SipSamples.Request("ACK", "z9hG4bK-new-branch", toTag: "t", cseq: 1));

        _user.Acks.Count.ShouldBe(1);
        _transport.Sent.ShouldBeEmpty();
    }

    [Fact]
    public void Should_Answer_Malformed_Request_With_400_When_It_Has_A_Via()
    {
        _transport.Receive(SipSamples.Invite().Replace("CSeq: 1 INVITE", "CSeq: x INVITE"));

        // The 400 echoes the broken CSeq as received (RFC 3261 §8.2.6.2), so read it as text, not through the parser.
        var response = System.Text.Encoding.UTF8.GetString(_transport.Sent.Single().Data);
        response.ShouldStartWith("SIP/2.0 400 Bad Request\r\n");
        response.ShouldContain("Reason: SIP;cause=400;text=\"unparseable CSeq\"");
        response.ShouldContain("Call-ID: call-1@127.0.0.1");
        _user.Requests.ShouldBeEmpty();
        _layer.Statistics.MalformedAnswered.ShouldBe(1);
    }

    [Fact]
    public void Should_Drop_And_Count_Malformed_Datagrams_That_Cannot_Be_Answered()
    {
        _transport.Receive([0xde, 0xad, 0xbe, 0xef]);
        _transport.Receive(SipSamples.Invite().Replace("Via: ", "X-Via: ").Replace("CSeq: 1 INVITE", "CSeq: x INVITE"));
        _transport.Receive(SipSamples.Request("ACK", "z9hG4bK-a").Replace("CSeq: 2 ACK", "CSeq: 2 BYE"));
        _transport.Receive("\r\n\r\n");

        _transport.Sent.ShouldBeEmpty();
        _layer.Statistics.MalformedDropped.ShouldBe(3);
    }

    [Fact]
    public void Should_Answer_483_When_Max_Forwards_Is_Zero()
    {
        _transport.Receive(SipSamples.Request("OPTIONS", "z9hG4bK-mf").Replace("Max-Forwards: 70", "Max-Forwards: 0"));

        _transport.Responses.Single().StatusCode.ShouldBe(483);
        _user.Requests.ShouldBeEmpty();
    }

    [Fact]
    public void Should_Retransmit_Client_Request_With_Timer_E_And_Time_Out_With_Timer_F()
    {
        SipResponse? outcome = new(0, "not called");
        var bye = (SipRequest)SipParser.Parse(SipSamples.Bytes(SipSamples.Request("BYE", "z9hG4bK-bye", toTag: "t"))).Message!;
        _layer.SendRequest(bye, FakeSipTransport.Peer, r => outcome = r);
        var sentAt = new List<int>();
        for (var ms = 0; ms < 33000; ms += 50)
        {
            var before = _transport.Requests.Count;
            _time.Advance(TimeSpan.FromMilliseconds(50));
            if (_transport.Requests.Count > before) sentAt.Add(ms + 50);
        }

        sentAt.Take(5).ShouldBe([500, 1500, 3500, 7500, 11500]);
        outcome.ShouldBeNull();
        _layer.ClientTransactionCount.ShouldBe(0);
    }

    [Fact]
    public void Should_Complete_Client_Transaction_On_Final_Response_And_Absorb_Its_Retransmission()
    {
        var calls = 0;
        var bye = (SipRequest)SipParser.Parse(SipSamples.Bytes(SipSamples.Request("BYE", "z9hG4bK-bye2", toTag: "t"))).Message!;
        _layer.SendRequest(bye, FakeSipTransport.Peer, _ => calls++);
        var ok = SipResponseBuilder.Create(bye, 200, "OK").ToString();

        _transport.Receive(ok);
        _transport.Receive(ok);
        _time.Advance(TimeSpan.FromSeconds(2));

        calls.ShouldBe(1);
        _transport.Requests.Count.ShouldBe(1);
        _time.Advance(TimeSpan.FromSeconds(5));
        _layer.ClientTransactionCount.ShouldBe(0);
    }

    public void Dispose() => _scheduler.Dispose();
}
