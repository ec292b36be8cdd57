using CallCenter.Telephony.Registration;

namespace CallCenter.Telephony.Tests.Registration;

/// <summary>The published test vectors: RFC 2617 §3.5 (MD5) and RFC 7616 §3.9.1 (MD5 and SHA-256, which RFC 8760 uses for SIP).</summary>
public class DigestHashTests
{
    [Fact]
    public void Should_Match_The_Rfc2617_Md5_Example()
    {
        var ha1 = DigestHash.Ha1(DigestAlgorithm.Md5, "Mufasa", "testrealm@host.com", "Circle Of Life");
        DigestHash.Response(DigestAlgorithm.Md5, ha1, "dcd98b7102dd2f0e8b11d0f600bfb0c093", "00000001", "0a4f113b", "auth", "GET", "/dir/index.html")
            .ShouldBe("6629fae49393a05397450978507c4ef1");
    }

    [Theory]
    [InlineData(DigestAlgorithm.Md5, "8ca523f5e9506fed4657c9700eebdbec")]
    [InlineData(DigestAlgorithm.Sha256, "753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1")]
    public void Should_Match_The_Rfc7616_Examples(DigestAlgorithm algorithm, string expected)
    {
        var ha1 = DigestHash.Ha1(algorithm, "Mufasa", "http-auth@example.org", "Circle of Life");
        DigestHash.Response(algorithm, ha1, "7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", "00000001",
            "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ", "auth", "GET", "/dir/index.html").ShouldBe(expected);
    }

    [Theory]
    [InlineData(null, true, DigestAlgorithm.Md5)]
    [InlineData("md5", true, DigestAlgorithm.Md5)]
    [InlineData("SHA-256", true, DigestAlgorithm.Sha256)]
    [InlineData("MD5-sess", false, DigestAlgorithm.Md5)]
    [InlineData("SHA-512-256", false, DigestAlgorithm.Md5)]
    public void Should_Read_Algorithm_Names(string? name, bool known, DigestAlgorithm expected)
    {
        DigestHash.TryParse(name, out var algorithm).ShouldBe(known);
        if (known) algorithm.ShouldBe(expected);
    }

    [Fact]
    public void Should_Compare_Responses_Ignoring_Hex_Case_Only()
    {
        DigestHash.FixedTimeEquals("6629fae49393a05397450978507c4ef1", "6629FAE49393A05397450978507C4EF1").ShouldBeTrue();
        DigestHash.FixedTimeEquals("6629fae49393a05397450978507c4ef1", "6629fae49393a05397450978507c4ef2").ShouldBeFalse();
        DigestHash.FixedTimeEquals("6629fae49393a05397450978507c4ef1", "6629fae4").ShouldBeFalse();
    }

    [Fact]
    public async Task Should_Keep_Only_Ha1_In_The_Store()
    {
        var store = new InMemorySipCredentialStore();
        store.Set("callcenter", "1001", "secret");
        (await store.GetHa1Async("callcenter", "1001", DigestAlgorithm.Sha256)).ShouldBe(DigestHash.Ha1(DigestAlgorithm.Sha256, "1001", "callcenter", "secret"));
        (await store.GetHa1Async("callcenter", "1001", DigestAlgorithm.Md5)).ShouldBe(DigestHash.Ha1(DigestAlgorithm.Md5, "1001", "callcenter", "secret"));
        (await store.GetHa1Async("other-realm", "1001", DigestAlgorithm.Md5)).ShouldBeNull();
    }
}
