using CallCenter.Telephony.Sip;
using CallCenter.Telephony.Tests.Support;

namespace CallCenter.Telephony.Tests.Sip;

public class SipParserMalformedTests
{
    public static TheoryData<string> Names() => [.. MalformedCorpus.Table().Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public void Should_Reject_Malformed_Message_With_Typed_Error(string name)
    {
        var (_, data, expected) = MalformedCorpus.Table().Single(c => c.Name == name);

        var result = SipParser.Parse(data);

        result.Success.ShouldBeFalse();
        result.Message.ShouldBeNull();
        result.Error.ShouldBe(expected, name);
    }

    [Fact]
    public void Should_Keep_Raw_Headers_For_A_400_When_The_Start_Line_Was_A_Request()
    {
        var (_, data, _) = MalformedCorpus.Table().Single(c => c.Name == "CSeq not a number");

        var result = SipParser.Parse(data);

        var partial = result.Partial.ShouldNotBeNull();
        partial.Method.ShouldBe("INVITE");
        partial.GetHeader("Via").ShouldNotBeNull();
        partial.GetHeader("CSeq").ShouldBe("one INVITE");
    }

    [Fact]
    public void Should_Treat_Bare_Crlf_As_Keep_Alive()
    {
        SipParser.Parse("\r\n\r\n"u8).Error.ShouldBe(SipParseError.KeepAlive);
    }
}
