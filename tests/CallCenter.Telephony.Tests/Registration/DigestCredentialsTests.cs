using CallCenter.Telephony.Registration;

namespace CallCenter.Telephony.Tests.Registration;

public class DigestCredentialsTests
{
    [Fact]
    public void Should_Read_A_Baresip_Style_Authorization()
    {
        DigestCredentials.TryParse(
            "Digest username=\"1001\",realm=\"callcenter\",nonce=\"abc\",uri=\"sip:127.0.0.1:5060;transport=udp\",response=\"0123\",cnonce=\"c1\",qop=auth,nc=00000001",
            out var c).ShouldBeTrue();
        c.Username.ShouldBe("1001");
        c.Uri.ShouldBe("sip:127.0.0.1:5060;transport=udp");
        c.Qop.ShouldBe("auth");
        c.Nc.ShouldBe("00000001");
        c.Algorithm.ShouldBeNull();
    }

    [Fact]
    public void Should_Read_Quoted_Tokens_Spaces_And_Escapes()
    {
        DigestCredentials.TryParse(
            "digest  username = \"a\\\"b\" , realm=\"r, with comma\", nonce=\"n\", uri=\"sip:x\", response=\"r\", algorithm=\"SHA-256\", qop=\"auth\"",
            out var c).ShouldBeTrue();
        c.Username.ShouldBe("a\"b");
        c.Realm.ShouldBe("r, with comma");
        c.Algorithm.ShouldBe("SHA-256");
        c.Qop.ShouldBe("auth");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Digest")]
    [InlineData("Digest username=\"1001\"")]
    [InlineData("Digest username=\"1001\", realm=\"r\", nonce=\"n\", uri=\"sip:x\", response=\"unterminated")]
    [InlineData("Digest username=\"1001\", username=\"1002\", realm=\"r\", nonce=\"n\", uri=\"sip:x\", response=\"r\"")]
    [InlineData("Digest =\"x\", realm=\"r\"")]
    [InlineData("Digest username")]
    public void Should_Refuse_What_Is_Not_A_Complete_Digest_Response(string? value) =>
        DigestCredentials.TryParse(value, out _).ShouldBeFalse();
}
