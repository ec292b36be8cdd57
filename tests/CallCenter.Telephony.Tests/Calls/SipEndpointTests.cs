using CallCenter.Telephony.Calls;
using CallCenter.Telephony.Dtmf;
using CallCenter.Telephony.Sip;
using CallCenter.Telephony.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace CallCenter.Telephony.Tests.Calls;

/// <summary>The UAS core driven datagram by datagram with a fake transport and fake time.</summary>
public sealed class SipEndpointTests : IDisposable
{
    private readonly FakeTimeProvider _time = new();
    private readonly FakeSipTransport _transport = new();
    private readonly SipEndpoint _endpoint;
    private readonly TaskCompletionSource<SipCall> _incoming = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public SipEndpointTests()
    {
        _endpoint = new SipEndpoint(new SipEndpointOptions { Port = 0, Time = _time, MediaInactivityTimeout = TimeSpan.FromSeconds(60) }, _transport);
        _endpoint.IncomingCall += call => _incoming.TrySetResult(call);
        _endpoint.Start();
    }

    private async Task<SipCall> OfferAsync(string? invite = null)
    {
        _transport.Receive(invite ?? SipSamples.Invite());
        return await _incoming.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    private async Task<SipCall> AnsweredAsync()
    {
        var call = await OfferAsync();
        call.Answer().ShouldBeTrue();
        return call;
    }

    private string Ack(SipCall call) => SipSamples.Request("ACK", "z9hG4bK-ack", toTag: call.LocalTag, cseq: 1);

    [Fact]
    public async Task Should_Offer_The_Call_With_Dialled_And_Caller_Numbers()
    {
        var call = await OfferAsync();

        call.DialledNumber.ShouldBe("95598");
        call.CallerNumber.ShouldBe("13800138000");
        call.CallerDisplayName.ShouldBe("Zhang San");
        call.State.ShouldBe(SipCallState.Offered);
        _transport.Responses.Single().StatusCode.ShouldBe(100);
    }

    [Fact]
    public async Task Should_Answer_With_Sdp_Contact_And_Our_Tag()
    {
        var call = await AnsweredAsync();

        var ok = _transport.Responses.Last();
        ok.StatusCode.ShouldBe(200);
        ok.To.Tag.ShouldBe(call.LocalTag);
        ok.GetHeader("Contact").ShouldNotBeNull();
        ok.ContentType.ShouldBe("application/sdp");
        ok.BodyText.ShouldContain("m=audio " + call.Rtp!.LocalEndPoint.Port + " RTP/AVP 8 101");
    }

    [Fact]
    public async Task Should_Retransmit_2xx_Until_Ack_And_Then_Stop()
    {
        var call = await AnsweredAsync();
        _time.Advance(TimeSpan.FromMilliseconds(500));
        _time.Advance(TimeSpan.FromMilliseconds(1000));
        _transport.Responses.Count(r => r.StatusCode == 200).ShouldBe(3);

        _transport.Receive(Ack(call));
        _time.Advance(TimeSpan.FromSeconds(20));

        call.State.ShouldBe(SipCallState.Confirmed);
        _transport.Responses.Count(r => r.StatusCode == 200).ShouldBe(3);
    }

    [Fact]
    public async Task Should_Send_Bye_After_64_T1_Without_Ack()
    {
        var call = await AnsweredAsync();
        var sentAt = new List<double>();
        for (var ms = 0; ms < 33000; ms += 100)
        {
            var before = _transport.Sent.Count;
            _time.Advance(TimeSpan.FromMilliseconds(100));
            if (_transport.Sent.Count > before && _transport.SentMessages[^1] is SipResponse { StatusCode: 200 }) sentAt.Add((ms + 100) / 1000.0);
        }

        // 0.5, 1.5, 3.5, 7.5, then every T2 = 4 s until 64·T1 = 32 s.
        sentAt.ShouldBe([0.5, 1.5, 3.5, 7.5, 11.5, 15.5, 19.5, 23.5, 27.5, 31.5]);
        // Every request sent is that one BYE (its Timer E retransmissions included: nobody answers in this test).
        _transport.Requests.Select(r => r.TopVia.Branch).Distinct().ShouldHaveSingleItem();
        var bye = _transport.Requests[0];
        bye.Method.ShouldBe("BYE");
        bye.From.Tag.ShouldBe(call.LocalTag);
        bye.To.Tag.ShouldBe("caller-tag");
        bye.CallId.ShouldBe(call.CallId);
        bye.Uri.ShouldBe("sip:13800138000@127.0.0.1:5070");
        call.EndReason.ShouldBe(CallEndReason.AckTimeout);
    }

    [Fact]
    public async Task Should_End_On_Remote_Bye_With_200()
    {
        var call = await AnsweredAsync();
        _transport.Receive(Ack(call));

        _transport.Receive(SipSamples.Request("BYE", "z9hG4bK-bye", toTag: call.LocalTag));

        _transport.Responses.Last().StatusCode.ShouldBe(200);
        (await call.Completion).ShouldBe(CallEndReason.RemoteHangup);
        _endpoint.ActiveCalls.ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_Send_487_When_Cancelled_While_Ringing()
    {
        var call = await OfferAsync();
        call.Ring();

        _transport.Receive(SipSamples.Request("CANCEL", "z9hG4bK-1", cseq: 1));

        _transport.Responses.Select(r => r.StatusCode).ShouldBe([100, 180, 200, 487]);
        (await call.Completion).ShouldBe(CallEndReason.Cancelled);
    }

    [Fact]
    public async Task Should_Answer_488_When_No_Codec_Matches()
    {
        var sdp = SipSamples.Sdp.Replace("RTP/AVP 8 0 101", "RTP/AVP 18").Replace("\r\n", "\n").Replace("\n", "\r\n");
        var call = await OfferAsync(SipSamples.Invite(body: sdp));

        call.Answer().ShouldBeFalse();

        _transport.Responses.Last().StatusCode.ShouldBe(488);
        (await call.Completion).ShouldBe(CallEndReason.NotAcceptable);
    }

    [Fact]
    public async Task Should_Report_Sip_Info_Dtmf_Once_Even_When_The_Info_Is_Retransmitted()
    {
        var call = await AnsweredAsync();
        _transport.Receive(Ack(call));
        var info = SipSamples.Request("INFO", "z9hG4bK-info", toTag: call.LocalTag, cseq: 3, body: "Signal=5\r\nDuration=160\r\n", contentType: "application/dtmf-relay");

        _transport.Receive(info);
        _transport.Receive(info);
        var result = await call.CollectDigitsAsync(new DigitCollectionOptions { MaxDigits = 1 });

        result.ShouldBe(new DigitCollectionResult("5", DigitCollectionEnd.MaxDigits));
        _transport.Responses.Count(r => r.CSeq.Method == "INFO" && r.StatusCode == 200).ShouldBe(2);
        call.State.ShouldBe(SipCallState.Confirmed);
    }

    [Fact]
    public async Task Should_Stop_Collecting_At_The_Terminator()
    {
        var call = await AnsweredAsync();
        foreach (var (key, n) in new[] { ("1", 3), ("2", 4), ("#", 5) })
            _transport.Receive(SipSamples.Request("INFO", $"z9hG4bK-i{n}", toTag: call.LocalTag, cseq: n, body: key, contentType: "application/dtmf"));

        var result = await call.CollectDigitsAsync(new DigitCollectionOptions { MaxDigits = 6, Terminator = '#' });

        result.ShouldBe(new DigitCollectionResult("12", DigitCollectionEnd.Terminator));
    }

    [Fact]
    public async Task Should_Time_Out_Collecting_Digits_By_The_Time_Provider()
    {
        var call = await AnsweredAsync();
        var collecting = call.CollectDigitsAsync(new DigitCollectionOptions { MaxDigits = 4, FirstDigitTimeout = TimeSpan.FromSeconds(5) });

        _time.Advance(TimeSpan.FromSeconds(4));
        collecting.IsCompleted.ShouldBeFalse();
        _time.Advance(TimeSpan.FromSeconds(2));

        (await collecting.WaitAsync(TimeSpan.FromSeconds(10))).ShouldBe(new DigitCollectionResult("", DigitCollectionEnd.Timeout));
    }

    [Fact]
    public async Task Should_Hang_Up_When_The_Caller_Sends_No_Media()
    {
        var call = await AnsweredAsync();
        _transport.Receive(Ack(call));

        for (var i = 0; i < 70; i++) _time.Advance(TimeSpan.FromSeconds(1));

        (await call.Completion.WaitAsync(TimeSpan.FromSeconds(10))).ShouldBe(CallEndReason.MediaTimeout);
        _transport.Requests.ShouldAllBe(r => r.Method == "BYE");
        _transport.Requests.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Should_Hang_Up_With_Bye_And_Complete_Pending_Digit_Collection()
    {
        var call = await AnsweredAsync();
        _transport.Receive(Ack(call));
        var collecting = call.CollectDigitsAsync(new DigitCollectionOptions());

        call.Hangup();

        (await collecting.WaitAsync(TimeSpan.FromSeconds(10))).End.ShouldBe(DigitCollectionEnd.HungUp);
        _transport.Requests.Single().Method.ShouldBe("BYE");
        call.EndReason.ShouldBe(CallEndReason.LocalHangup);
    }

    [Fact]
    public async Task Should_Hold_The_Bye_Until_The_Ack_When_Hanging_Up_Right_After_Answering()
    {
        var call = await AnsweredAsync();

        call.Hangup();
        _transport.Requests.ShouldBeEmpty();
        call.State.ShouldBe(SipCallState.Answered);
        _transport.Receive(Ack(call));

        _transport.Requests.ShouldHaveSingleItem().Method.ShouldBe("BYE");
        (await call.Completion).ShouldBe(CallEndReason.LocalHangup);
    }

    [Fact]
    public async Task Should_Copy_Record_Route_Into_The_2xx_And_Route_The_Bye_Through_It()
    {
        var invite = SipSamples.Invite().Replace("Max-Forwards: 70\r\n", "Max-Forwards: 70\r\nRecord-Route: <sip:10.0.0.1;lr>, <sip:10.0.0.2;lr>\r\n");
        var call = await OfferAsync(invite);
        call.Answer().ShouldBeTrue();
        _transport.Receive(Ack(call));

        call.Hangup();

        _transport.Responses.Last(r => r.StatusCode == 200).GetHeaders("Record-Route").ShouldBe(["<sip:10.0.0.1;lr>", "<sip:10.0.0.2;lr>"]);
        _transport.Requests.First().GetHeaders("Route").ShouldBe(["<sip:10.0.0.1;lr>", "<sip:10.0.0.2;lr>"]);
    }

    [Theory]
    [InlineData("BYE", 481)]
    [InlineData("INFO", 481)]
    [InlineData("REGISTER", 405)]
    [InlineData("SUBSCRIBE", 405)]
    public void Should_Reject_Requests_Outside_A_Dialog(string method, int expected)
    {
        _transport.Receive(SipSamples.Request(method, "z9hG4bK-x", toTag: method is "BYE" or "INFO" ? "unknown" : null));

        var response = _transport.Responses.Single();
        response.StatusCode.ShouldBe(expected);
        if (expected == 405) response.GetHeader("Allow").ShouldBe(SipMethods.AllowList);
    }

    [Fact]
    public void Should_Refuse_Calls_With_480_When_Nobody_Listens()
    {
        var transport = new FakeSipTransport();
        using var endpoint = new SipEndpoint(new SipEndpointOptions { Port = 0, Time = _time }, transport);
        endpoint.Start();

        transport.Receive(SipSamples.Invite());

        transport.Responses.Select(r => r.StatusCode).ShouldBe([100, 480]);
    }

    public void Dispose() => _endpoint.Dispose();
}
