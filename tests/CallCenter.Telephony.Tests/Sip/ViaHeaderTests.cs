using CallCenter.Telephony.Sip;

namespace CallCenter.Telephony.Tests.Sip;

public class ViaHeaderTests
{
    [Fact]
    public void Should_Parse_Branch_Rport_And_Received()
    {
        ViaHeader.TryParse("SIP/2.0/UDP 192.168.1.10:5070;branch=z9hG4bK776;received=1.2.3.4;rport=6000;ttl=3", out var via).ShouldBeTrue();

        via.Transport.ShouldBe("UDP");
        via.Host.ShouldBe("192.168.1.10");
        via.Port.ShouldBe(5070);
        via.Branch.ShouldBe("z9hG4bK776");
        via.Received.ShouldBe("1.2.3.4");
        via.Rport.ShouldBe(6000);
        via.OtherParameters.ShouldContain(new KeyValuePair<string, string?>("ttl", "3"));
    }

    [Fact]
    public void Should_Write_Empty_Rport_Flag_And_Filled_Rport()
    {
        ViaHeader.TryParse("SIP/2.0/UDP [::1]:5070;rport;branch=z9hG4bK1", out var via).ShouldBeTrue();
        via.Host.ShouldBe("[::1]");
        via.ToString().ShouldBe("SIP/2.0/UDP [::1]:5070;branch=z9hG4bK1;rport");
        (via with { Rport = 40000, Received = "::1" }).ToString().ShouldBe("SIP/2.0/UDP [::1]:5070;branch=z9hG4bK1;received=::1;rport=40000");
    }

    [Theory]
    [InlineData("SIP/2.0/UDP")]
    [InlineData("SIP/3.0/UDP host")]
    [InlineData("SIP/2.0/UDP host:99999")]
    [InlineData("SIP/2.0/UDP host:")]
    [InlineData("SIP/2.0/UDP host;;branch=x")]
    [InlineData("SIP/2.0/UDP host;rport=abc")]
    [InlineData("HTTP/1.1 host")]
    public void Should_Reject_Malformed_Via(string value)
    {
        ViaHeader.TryParse(value, out _).ShouldBeFalse();
    }
}
