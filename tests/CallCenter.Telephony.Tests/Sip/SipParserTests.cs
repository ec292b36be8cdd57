using CallCenter.Telephony.Sip;
using CallCenter.Telephony.Tests.Support;

namespace CallCenter.Telephony.Tests.Sip;

public class SipParserTests
{
    [Fact]
    public void Should_Parse_Invite_With_Body_And_Headers()
    {
        var result = SipParser.Parse(SipSamples.Bytes(SipSamples.Invite()));

        result.Success.ShouldBeTrue(result.Detail);
        var invite = result.Message.ShouldBeOfType<SipRequest>();
        invite.Method.ShouldBe("INVITE");
        invite.ParsedUri.User.ShouldBe("95598");
        invite.From.DisplayName.ShouldBe("Zhang San");
        invite.From.Tag.ShouldBe("caller-tag");
        invite.From.ParsedUri.User.ShouldBe("13800138000");
        invite.CSeq.ShouldBe(new CSeqHeader(1, "INVITE"));
        invite.TopVia.Branch.ShouldBe("z9hG4bK-1");
        invite.TopVia.HasRport.ShouldBeTrue();
        invite.BodyText.ShouldContain("m=audio 6000 RTP/AVP 8 0 101");
    }

    [Fact]
    public void Should_Expand_Compact_Header_Names()
    {
        var text = SipSamples.Crlf("""
            OPTIONS sip:a@127.0.0.1 SIP/2.0
            v: SIP/2.0/UDP 127.0.0.1:5070;branch=z9hG4bK-c
            f: <sip:b@127.0.0.1>;tag=1
            t: <sip:a@127.0.0.1>
            i: compact-1
            CSeq: 7 OPTIONS
            l: 0


            """);

        var message = SipParser.Parse(SipSamples.Bytes(text)).Message.ShouldNotBeNull();

        message.GetHeader("Via").ShouldStartWith("SIP/2.0/UDP");
        message.CallId.ShouldBe("compact-1");
        message.GetHeader("i").ShouldBe("compact-1");
        message.Headers.ShouldContain(h => h.Name == "From");
    }

    [Fact]
    public void Should_Split_Comma_Separated_Vias_And_Keep_Order()
    {
        var text = SipSamples.Invite(via: "SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-top, SIP/2.0/UDP 10.0.0.2;branch=z9hG4bK-second");
        var message = SipParser.Parse(SipSamples.Bytes(text)).Message.ShouldNotBeNull();

        message.GetHeaders("Via").Count().ShouldBe(2);
        message.TopVia.Branch.ShouldBe("z9hG4bK-top");
        message.TopVia.SentBy.ShouldBe("10.0.0.1:5060");
    }

    [Fact]
    public void Should_Join_Folded_Header_Lines()
    {
        var text = SipSamples.Invite().Replace("Subject-placeholder", "").Replace("Max-Forwards: 70\r\n", "Max-Forwards: 70\r\nSubject: heating\r\n  outage\r\n");
        var message = SipParser.Parse(SipSamples.Bytes(text)).Message.ShouldNotBeNull();

        message.GetHeader("Subject").ShouldBe("heating outage");
    }

    [Fact]
    public void Should_Drop_Bytes_Beyond_Content_Length()
    {
        var text = SipSamples.Request("MESSAGE", "z9hG4bK-m", body: "hello") + "garbage";
        var message = SipParser.Parse(SipSamples.Bytes(text)).Message.ShouldNotBeNull();

        message.BodyText.ShouldBe("hello");
    }

    [Fact]
    public void Should_Parse_Response_Status_And_Reason()
    {
        var text = SipSamples.Crlf("""
            SIP/2.0 486 Busy Here
            Via: SIP/2.0/UDP 127.0.0.1:5060;branch=z9hG4bK-r
            From: <sip:a@127.0.0.1>;tag=1
            To: <sip:b@127.0.0.1>;tag=2
            Call-ID: r-1
            CSeq: 2 BYE
            Content-Length: 0


            """);
        var response = SipParser.Parse(SipSamples.Bytes(text)).Message.ShouldBeOfType<SipResponse>();

        response.StatusCode.ShouldBe(486);
        response.Reason.ShouldBe("Busy Here");
        response.CSeq.Method.ShouldBe("BYE");
    }

    [Fact]
    public void Should_Round_Trip_Through_The_Serializer()
    {
        var original = SipParser.Parse(SipSamples.Bytes(SipSamples.Invite())).Message.ShouldNotBeNull();
        var again = SipParser.Parse(original.ToBytes()).Message.ShouldNotBeNull();

        again.Headers.ShouldBe(original.Headers);
        again.Body.ShouldBe(original.Body);
    }

    [Fact]
    public void Should_Recompute_Content_Length_When_Serializing()
    {
        var request = new SipRequest("INFO", "sip:a@127.0.0.1");
        request.AddHeader("Content-Length", "999");
        request.Body = "Signal=5"u8.ToArray();

        request.ToString().ShouldContain("Content-Length: 8\r\n");
        request.ToString().ShouldNotContain("999");
    }

    [Fact]
    public void Should_Build_Response_Copying_Dialog_Headers_And_Adding_To_Tag()
    {
        var invite = (SipRequest)SipParser.Parse(SipSamples.Bytes(SipSamples.Invite())).Message!;
        var ringing = SipResponseBuilder.Create(invite, 180, "Ringing", "our-tag");
        var trying = SipResponseBuilder.Create(invite, 100, "Trying", "our-tag");

        ringing.To.Tag.ShouldBe("our-tag");
        trying.To.Tag.ShouldBeNull();
        ringing.CallId.ShouldBe(invite.CallId);
        ringing.CSeq.ShouldBe(invite.CSeq);
        ringing.GetHeader("Via").ShouldBe(invite.GetHeader("Via"));
    }
}
