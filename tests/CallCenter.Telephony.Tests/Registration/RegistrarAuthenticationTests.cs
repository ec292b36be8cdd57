using System.Net;
using CallCenter.Telephony.Registration;
using CallCenter.Telephony.Tests.Support;

namespace CallCenter.Telephony.Tests.Registration;

/// <summary>REGISTER digest authentication (RFC 3261 §22, RFC 8760) on a real endpoint with a fake transport and clock.</summary>
public class RegistrarAuthenticationTests
{
    [Fact]
    public void Should_Challenge_With_Sha256_First_Then_Md5_And_Bind_Nothing()
    {
        using var h = new RegistrarHarness();
        var challenge = h.Send("1001").ShouldNotBeNull();

        challenge.StatusCode.ShouldBe(401);
        var offers = challenge.GetHeaders("WWW-Authenticate").ToList();
        offers.Count.ShouldBe(2);
        offers[0].ShouldContain("algorithm=SHA-256");
        offers[1].ShouldContain("algorithm=MD5");
        offers.ShouldAllBe(o => o.Contains("realm=\"callcenter\"") && o.Contains("qop=\"auth\"") && !o.Contains("stale"));
        challenge.To.Tag.ShouldNotBeNullOrEmpty();
        h.Registrar.Bindings.GetBindings("1001").ShouldBeEmpty();
    }

    [Theory]
    [InlineData(DigestAlgorithm.Sha256)]
    [InlineData(DigestAlgorithm.Md5)]
    public void Should_Register_With_The_Right_Password(DigestAlgorithm algorithm)
    {
        using var h = new RegistrarHarness();
        var ok = h.Register("1001", "secret", algorithm).ShouldNotBeNull();

        ok.StatusCode.ShouldBe(200);
        ok.GetHeaders("Contact").ShouldHaveSingleItem().ShouldBe("<sip:1001@192.168.1.20:5060>;expires=600");
        var binding = h.Registrar.GetReachableContacts("1001").ShouldHaveSingleItem();
        binding.ContactUri.ShouldBe("sip:1001@192.168.1.20:5060");
        binding.ExpiresAt.ShouldBe(h.Time.GetUtcNow().AddSeconds(600));
        binding.UserAgent.ShouldBe("test-phone");
    }

    [Fact]
    public void Should_Answer_401_To_A_Wrong_Password_Then_403_After_Repeated_Failures_From_That_Source()
    {
        using var h = new RegistrarHarness();
        h.Register("1001", "wrong")!.StatusCode.ShouldBe(401);
        h.Register("1001", "wrong")!.StatusCode.ShouldBe(401);
        h.Register("1001", "wrong")!.StatusCode.ShouldBe(403);
        // Locked out now even with the right password, from that source; another source is not affected.
        var challenge = h.Send("1001")!;
        h.Send("1001", RegistrarHarness.Answer(challenge, "1001", "secret", DigestAlgorithm.Sha256), cseq: 2)!.StatusCode.ShouldBe(403);
        h.Registrar.Bindings.GetBindings("1001").ShouldBeEmpty();
        h.Register("1001", "secret", from: new IPEndPoint(IPAddress.Parse("198.51.100.9"), 5060))!.StatusCode.ShouldBe(200);
        h.Registrar.Statistics.AuthenticationFailed.ShouldBe(3);

        h.Time.Advance(TimeSpan.FromMinutes(10));
        h.Register("1001", "secret", callId: "reg-2@192.168.1.20")!.StatusCode.ShouldBe(200);
    }

    [Fact]
    public void Should_Not_Reveal_Unknown_Users()
    {
        using var h = new RegistrarHarness();
        var unknown = h.Register("4711", "secret", contact: "<sip:4711@192.168.1.20:5060>")!;
        unknown.StatusCode.ShouldBe(401);
        unknown.GetHeaders("WWW-Authenticate").Count().ShouldBe(2);
        h.Registrar.Bindings.GetBindings("4711").ShouldBeEmpty();
    }

    [Fact]
    public void Should_Answer_Stale_True_When_The_Nonce_Expired_But_The_Password_Was_Right()
    {
        using var h = new RegistrarHarness();
        var challenge = h.Send("1001")!;
        h.Time.Advance(TimeSpan.FromMinutes(6));

        var stale = h.Send("1001", RegistrarHarness.Answer(challenge, "1001", "secret", DigestAlgorithm.Sha256), cseq: 2)!;
        stale.StatusCode.ShouldBe(401);
        stale.GetHeaders("WWW-Authenticate").ShouldAllBe(o => o.Contains("stale=true"));
        RegistrarHarness.NonceOf(stale).ShouldNotBe(RegistrarHarness.NonceOf(challenge));
        h.Registrar.Bindings.GetBindings("1001").ShouldBeEmpty();

        // An expired nonce with a wrong password is a failure, not stale.
        var wrong = h.Send("1001", RegistrarHarness.Answer(challenge, "1001", "wrong", DigestAlgorithm.Sha256), cseq: 3)!;
        wrong.GetHeaders("WWW-Authenticate").ShouldAllBe(o => !o.Contains("stale"));

        h.Send("1001", RegistrarHarness.Answer(stale, "1001", "secret", DigestAlgorithm.Sha256), cseq: 4)!.StatusCode.ShouldBe(200);
    }

    [Fact]
    public void Should_Accept_A_Rising_Nonce_Count_And_Refuse_A_Replayed_One()
    {
        using var h = new RegistrarHarness();
        var challenge = h.Send("1001")!;
        var nonce = RegistrarHarness.NonceOf(challenge);
        h.Send("1001", RegistrarHarness.Answer(nonce, "callcenter", "1001", "secret", DigestAlgorithm.Md5, nc: 1), cseq: 2)!.StatusCode.ShouldBe(200);
        h.Send("1001", RegistrarHarness.Answer(nonce, "callcenter", "1001", "secret", DigestAlgorithm.Md5, nc: 2), cseq: 3)!.StatusCode.ShouldBe(200);

        var replay = h.Send("1001", RegistrarHarness.Answer(nonce, "callcenter", "1001", "secret", DigestAlgorithm.Md5, nc: 2), cseq: 4)!;
        replay.StatusCode.ShouldBe(401);
        replay.GetHeader("WWW-Authenticate")!.ShouldContain("stale=true");
    }

    [Fact]
    public void Should_Refuse_Registering_Another_Users_Extension()
    {
        using var h = new RegistrarHarness();
        var challenge = h.Send("1002")!;
        // 1001's right password, used to register 1002.
        h.Send("1002", RegistrarHarness.Answer(challenge, "1001", "secret", DigestAlgorithm.Sha256), cseq: 2)!.StatusCode.ShouldBe(403);
        h.Registrar.Bindings.GetBindings("1002").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Digest username=\"1001\", realm=\"callcenter\", nonce=\"{nonce}\", uri=\"sip:127.0.0.1\", response=\"00\"")] // no qop
    [InlineData("Digest username=\"1001\", realm=\"callcenter\", nonce=\"{nonce}\", uri=\"sip:127.0.0.1\", response=\"00\", qop=auth, nc=1, cnonce=\"c\"")] // nc not 8 hex digits
    [InlineData("Digest username=\"1001\", realm=\"callcenter\", nonce=\"{nonce}\", uri=\"sip:127.0.0.1\", response=\"00\", qop=auth-int, nc=00000001, cnonce=\"c\"")]
    [InlineData("Digest username=\"1001\", realm=\"callcenter\", nonce=\"{nonce}\", uri=\"sip:127.0.0.1\", response=\"00\", algorithm=SHA-512-256, qop=auth, nc=00000001, cnonce=\"c\"")]
    [InlineData("Digest username=\"1001\", realm=\"elsewhere\", nonce=\"{nonce}\", uri=\"sip:127.0.0.1\", response=\"00\", qop=auth, nc=00000001, cnonce=\"c\"")]
    [InlineData("Digest username=\"1001\", realm=\"callcenter\", nonce=\"forged\", uri=\"sip:127.0.0.1\", response=\"00\", qop=auth, nc=00000001, cnonce=\"c\"")]
    [InlineData("Digest garbage")]
    [InlineData("Basic MTAwMTpzZWNyZXQ=")]
    public void Should_Challenge_Again_When_The_Answer_Is_Not_Usable(string authorization)
    {
        using var h = new RegistrarHarness();
        var nonce = RegistrarHarness.NonceOf(h.Send("1001")!);
        h.Send("1001", authorization.Replace("{nonce}", nonce), cseq: 2)!.StatusCode.ShouldBe(401);
        h.Registrar.Bindings.GetBindings("1001").ShouldBeEmpty();
    }

    [Fact]
    public void Should_Offer_Only_The_Configured_Algorithms()
    {
        using var h = new RegistrarHarness(new RegistrarOptions { Realm = RegistrarHarness.Realm, Algorithms = [DigestAlgorithm.Md5] });
        var challenge = h.Send("1001")!;
        challenge.GetHeaders("WWW-Authenticate").ShouldHaveSingleItem().ShouldContain("algorithm=MD5");
        var nonce = RegistrarHarness.NonceOf(challenge);
        h.Send("1001", RegistrarHarness.Answer(nonce, "callcenter", "1001", "secret", DigestAlgorithm.Sha256), cseq: 2)!.StatusCode.ShouldBe(401);
    }

    [Theory]
    [InlineData("baresip v1.0.0 (x86_64/linux)")]
    [InlineData("SIPp/3.6.1 acd-load")] // tests/load/acd: sipp's [authentication] knows MD5 and AKA only
    public void Should_Challenge_Md5_Only_Clients_With_Md5_Alone(string userAgent)
    {
        using var h = new RegistrarHarness();
        var raw = SipSamples.Crlf($$"""
            REGISTER sip:127.0.0.1;transport=udp SIP/2.0
            Via: SIP/2.0/UDP 127.0.0.1:5080;branch=z9hG4bK-baresip;rport
            Max-Forwards: 70
            From: <sip:1001@127.0.0.1>;tag=b
            To: <sip:1001@127.0.0.1>
            Call-ID: baresip-1
            CSeq: 1 REGISTER
            Contact: <sip:1001-0x55@127.0.0.1:5080>;expires=60
            User-Agent: {{userAgent}}
            Content-Length: 0


            """);
        h.Send("1001", raw: raw)!.GetHeaders("WWW-Authenticate").ShouldHaveSingleItem().ShouldContain("algorithm=MD5");
    }
}
