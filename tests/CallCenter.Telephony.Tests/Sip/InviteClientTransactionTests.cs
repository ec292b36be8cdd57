using System.Net;
using CallCenter.Telephony.Scheduling;
using CallCenter.Telephony.Sip;
using CallCenter.Telephony.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace CallCenter.Telephony.Tests.Sip;

/// <summary>RFC 3261 §17.1.1 (with RFC 6026) timers and ACK rules of the INVITE client transaction, on a fake clock.</summary>
public sealed class InviteClientTransactionTests : IDisposable
{
    private static readonly IPEndPoint Target = new(IPAddress.Loopback, 5080);
    private readonly FakeTimeProvider _time = new();
    private readonly FakeSipTransport _transport = new();
    private readonly SipScheduler _scheduler;
    private readonly SipTransactionLayer _layer;
    private readonly List<SipResponse> _responses = [];
    private int _timeouts;

    public InviteClientTransactionTests()
    {
        _scheduler = new SipScheduler(_time);
        _layer = new SipTransactionLayer(_transport, _scheduler, new SipTimerSettings());
        _layer.Start(new RecordingTransactionUser());
    }

    private InviteClientTransaction SendInvite() =>
        _layer.SendInvite(Invite(), Target, r => _responses.Add(r), () => _timeouts++);

    private static SipRequest Invite()
    {
        var invite = new SipRequest(SipMethods.Invite, "sip:8000@127.0.0.1:5080");
        invite.AddHeader(SipHeaderNames.Via, "SIP/2.0/UDP 127.0.0.1:5060;branch=z9hG4bK-out-1;rport");
        invite.AddHeader(SipHeaderNames.MaxForwards, "70");
        invite.AddHeader(SipHeaderNames.From, "<sip:95598@127.0.0.1>;tag=ours");
        invite.AddHeader(SipHeaderNames.To, "<sip:8000@127.0.0.1:5080>");
        invite.AddHeader(SipHeaderNames.CallId, "out-1@127.0.0.1");
        invite.AddHeader(SipHeaderNames.CSeq, "7 INVITE");
        return invite;
    }

    private void Respond(InviteClientTransaction tx, int code, string reason, string? tag = "theirs") =>
        _transport.Receive(SipResponseBuilder.Create(tx.Request, code, reason, tag).ToBytes(), Target);

    private int InvitesSent => _transport.Requests.Count(r => r.Method == SipMethods.Invite);

    [Fact]
    public void Should_Retransmit_On_Timer_A_Doubling_Without_A_Cap_And_Time_Out_On_Timer_B()
    {
        var tx = SendInvite();
        var sentAt = new List<double>();
        for (var ms = 0; ms <= 32_000; ms += 250)
        {
            if (InvitesSent > sentAt.Count) sentAt.Add(ms);
            _time.Advance(TimeSpan.FromMilliseconds(250));
        }

        // T1 = 500 ms: sent at 0, then after 0.5, 1, 2, 4, 8 and 16 s (INVITE doubles past T2, unlike non-INVITE).
        sentAt.ShouldBe([0, 500, 1500, 3500, 7500, 15500, 31500]);
        tx.Transmissions.ShouldBe(7);
        _timeouts.ShouldBe(1); // Timer B = 64·T1 = 32 s
        tx.State.ShouldBe(InviteClientTransactionState.Terminated);
        _layer.InviteClientTransactionCount.ShouldBe(0);
        _transport.Requests.All(r => r.Method == SipMethods.Invite && r.TopVia.Branch == "z9hG4bK-out-1").ShouldBeTrue();
    }

    [Fact]
    public void Should_Stop_Retransmitting_On_A_Provisional_Response_But_Still_Time_Out_Without_A_Final_One()
    {
        var tx = SendInvite();
        Respond(tx, 180, "Ringing");
        _time.Advance(TimeSpan.FromSeconds(20));

        InvitesSent.ShouldBe(1);
        tx.State.ShouldBe(InviteClientTransactionState.Proceeding);
        _responses.Select(r => r.StatusCode).ShouldBe([180]);
        _timeouts.ShouldBe(0);

        _time.Advance(TimeSpan.FromSeconds(12));
        _timeouts.ShouldBe(1);
    }

    [Fact]
    public void Should_Ack_A_Busy_Inside_The_Transaction_And_Ack_Its_Retransmissions_Until_Timer_D()
    {
        var tx = SendInvite();
        Respond(tx, 486, "Busy Here");
        Respond(tx, 486, "Busy Here");

        var acks = _transport.Requests.Where(r => r.Method == SipMethods.Ack).ToList();
        acks.Count.ShouldBe(2);
        var ack = acks[0];
        ack.TopVia.Branch.ShouldBe("z9hG4bK-out-1"); // same branch: the ACK for a non-2xx belongs to the INVITE transaction
        ack.Uri.ShouldBe("sip:8000@127.0.0.1:5080");
        ack.CSeq.ShouldBe(new CSeqHeader(7, SipMethods.Ack));
        ack.To.Tag.ShouldBe("theirs");
        ack.From.Tag.ShouldBe("ours");
        _responses.Select(r => r.StatusCode).ShouldBe([486]); // the TU hears the final response once
        tx.State.ShouldBe(InviteClientTransactionState.Completed);
        InvitesSent.ShouldBe(1);

        _time.Advance(TimeSpan.FromSeconds(32));
        tx.State.ShouldBe(InviteClientTransactionState.Terminated);
        _layer.InviteClientTransactionCount.ShouldBe(0);
        _timeouts.ShouldBe(0);
    }

    [Fact]
    public void Should_Pass_Every_2xx_To_The_Transaction_User_Until_Timer_M_And_Never_Ack_It_Itself()
    {
        var tx = SendInvite();
        Respond(tx, 180, "Ringing");
        Respond(tx, 200, "OK");
        _time.Advance(TimeSpan.FromSeconds(4));
        Respond(tx, 200, "OK");

        _responses.Select(r => r.StatusCode).ShouldBe([180, 200, 200]);
        _transport.Requests.Count(r => r.Method == SipMethods.Ack).ShouldBe(0); // the 2xx ACK is the TU's job (end-to-end)
        tx.State.ShouldBe(InviteClientTransactionState.Accepted);

        _time.Advance(TimeSpan.FromSeconds(32));
        _layer.InviteClientTransactionCount.ShouldBe(0);
        _timeouts.ShouldBe(0);
    }

    [Fact]
    public void Should_Send_Cancel_With_The_Invite_Branch_And_CSeq_Number_And_Ack_The_487()
    {
        var tx = SendInvite();
        Respond(tx, 180, "Ringing");
        SipResponse? cancelFinal = null;

        _layer.SendCancel(tx, r => cancelFinal = r);
        var cancel = _transport.Requests.Single(r => r.Method == SipMethods.Cancel);
        cancel.TopVia.Branch.ShouldBe("z9hG4bK-out-1");
        cancel.CSeq.ShouldBe(new CSeqHeader(7, SipMethods.Cancel));
        cancel.To.Tag.ShouldBeNull();
        cancel.Uri.ShouldBe(tx.Request.Uri);
        _transport.Receive(SipResponseBuilder.Create(cancel, 200, "OK", "theirs").ToBytes(), Target);
        Respond(tx, 487, "Request Terminated");

        cancelFinal!.StatusCode.ShouldBe(200);
        _responses.Select(r => r.StatusCode).ShouldBe([180, 487]);
        _transport.Requests.Single(r => r.Method == SipMethods.Ack).TopVia.Branch.ShouldBe("z9hG4bK-out-1");
    }

    [Fact]
    public void Should_Count_A_Response_For_No_Transaction_As_Stray()
    {
        var stray = SipResponseBuilder.Create(Invite(), 200, "OK", "x");
        _transport.Receive(stray.ToBytes(), Target);

        _layer.Statistics.StrayResponses.ShouldBe(1);
        _responses.ShouldBeEmpty();
    }

    public void Dispose() => _scheduler.Dispose();
}
