using System.Text;
using CallCenter.Telephony.Sip;
using CallCenter.Telephony.Tests.Support;

namespace CallCenter.Telephony.Tests.Sip;

/// <summary>
/// The signalling path reads Via, CSeq, From and To many times per message; they are parsed once and remembered
/// with the string they came from. These tests pin down that the remembered values never go stale and that the
/// single-pass serializer writes exactly what the parser reads back.
/// </summary>
public class SipMessageAllocationTests
{
    private static SipRequest Invite() => (SipRequest)SipParser.Parse(SipSamples.Bytes(SipSamples.Invite())).Message!;

    [Fact]
    public void Should_Reparse_A_Header_After_It_Was_Replaced()
    {
        var invite = Invite();
        invite.To.Tag.ShouldBeNull();
        invite.TopVia.Branch.ShouldBe("z9hG4bK-1");

        invite.SetHeader(SipHeaderNames.To, "<sip:95598@127.0.0.1>;tag=ours");
        invite.Headers[invite.Headers.FindIndex(h => h.Name == SipHeaderNames.Via)] = new SipHeader(SipHeaderNames.Via, "SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-2");
        invite.SetHeader(SipHeaderNames.CSeq, "9 INVITE");

        invite.To.Tag.ShouldBe("ours");
        invite.TopVia.Branch.ShouldBe("z9hG4bK-2");
        invite.TopVia.Host.ShouldBe("10.0.0.1");
        invite.CSeq.ShouldBe(new CSeqHeader(9, "INVITE"));
    }

    [Fact]
    public void Should_Return_The_Same_Parsed_Via_Until_It_Changes()
    {
        var invite = Invite();

        ReferenceEquals(invite.TopVia, invite.TopVia).ShouldBeTrue();
    }

    [Fact]
    public void Should_Iterate_Header_Values_Like_GetHeaders()
    {
        var invite = Invite();
        invite.AddHeader("Record-Route", "<sip:10.0.0.1;lr>");
        invite.AddHeader("record-route", "<sip:10.0.0.2;lr>");

        var values = new List<string>();
        foreach (var v in invite.HeaderValues("Record-Route")) values.Add(v);

        values.ShouldBe(invite.GetHeaders("Record-Route").ToList());
        values.Count.ShouldBe(2);
    }

    [Theory]
    [InlineData("1 INVITE", true)]
    [InlineData("  2\tBYE  ", true)]
    [InlineData("3", false)]
    [InlineData("4 BYE extra", false)]
    [InlineData("x BYE", false)]
    [InlineData("2147483648 BYE", false)]
    [InlineData("5 B<E", false)]
    public void Should_Parse_CSeq_In_Place(string value, bool ok)
    {
        CSeqHeader.TryParse(value, out var cseq).ShouldBe(ok);
        if (ok) cseq.Method.ShouldBe(value.Trim().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)[1]);
    }

    [Fact]
    public void Should_Serialize_Headers_Body_And_A_Recomputed_Content_Length_In_One_Pass()
    {
        var response = SipResponseBuilder.Create(Invite(), 200, "OK 好", "tag1");
        response.AddHeader(SipHeaderNames.ContentLength, "999"); // a lying value is never written
        response.AddHeader(SipHeaderNames.ContentType, "application/sdp");
        response.Body = Encoding.UTF8.GetBytes("v=0\r\n");

        var bytes = response.ToBytes();
        var text = Encoding.UTF8.GetString(bytes);

        text.ShouldStartWith("SIP/2.0 200 OK 好\r\n");
        text.ShouldEndWith("Content-Length: 5\r\n\r\nv=0\r\n");
        text.ShouldNotContain("999");
        var back = SipParser.Parse(bytes);
        back.Success.ShouldBeTrue(back.Detail);
        back.Message!.Headers.Where(h => h.Name != SipHeaderNames.ContentLength).ShouldBe(response.Headers.Where(h => h.Name != SipHeaderNames.ContentLength));
        back.Message.BodyText.ShouldBe("v=0\r\n");
    }
}
