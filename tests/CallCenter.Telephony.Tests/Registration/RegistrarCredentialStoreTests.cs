using System.Net;
using CallCenter.Telephony.Calls;
using CallCenter.Telephony.Registration;
using CallCenter.Telephony.Sip;
using CallCenter.Telephony.Tests.Support;

namespace CallCenter.Telephony.Tests.Registration;

/// <summary>The registrar with stores that behave like a database: lookups that complete later, and lookups that fail.</summary>
public class RegistrarCredentialStoreTests
{
    private static readonly IPEndPoint Phone = new(IPAddress.Loopback, 5070);

    private static async Task<SipResponse> ExchangeAsync(ISipCredentialStore store, string password)
    {
        var transport = new FakeSipTransport();
        using var endpoint = new SipEndpoint(new SipEndpointOptions { Port = 0 }, transport);
        var registrar = endpoint.EnableRegistrar(store, new RegistrarOptions { QualifyInterval = TimeSpan.Zero });
        endpoint.Start();
        string Register(int cseq, string? authorization) =>
            $"REGISTER sip:127.0.0.1 SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:5070;branch=z9hG4bK-store-{cseq};rport\r\n"
            + $"From: <sip:1001@127.0.0.1>;tag=p\r\nTo: <sip:1001@127.0.0.1>\r\nCall-ID: store-test\r\nCSeq: {cseq} REGISTER\r\n"
            + "Contact: <sip:1001@127.0.0.1:5070>\r\n"
            + (authorization is null ? "" : $"Authorization: {authorization}\r\n")
            + "Content-Length: 0\r\n\r\n";
        transport.Receive(Register(1, null), Phone);
        var challenge = transport.Responses.ShouldHaveSingleItem();
        transport.Clear();
        transport.Receive(Register(2, RegistrarHarness.Answer(challenge, "1001", password, DigestAlgorithm.Sha256)), Phone);
        for (var i = 0; i < 200 && transport.Responses.Count == 0; i++) await Task.Delay(10);
        var response = transport.Responses.ShouldHaveSingleItem();
        if (response.StatusCode == 200) registrar.GetReachableContacts("1001").ShouldHaveSingleItem();
        else registrar.Bindings.GetBindings("1001").ShouldBeEmpty();
        return response;
    }

    [Fact]
    public async Task Should_Answer_After_A_Lookup_That_Completes_Later_Outside_The_Sip_Lock()
    {
        var store = new DelegatingCredentialStore(async (realm, user, algorithm) =>
        {
            await Task.Delay(50);
            return DigestHash.Ha1(algorithm, user, realm, "secret");
        });
        (await ExchangeAsync(store, "secret")).StatusCode.ShouldBe(200);
        (await ExchangeAsync(store, "wrong")).StatusCode.ShouldBe(401);
    }

    [Fact]
    public async Task Should_Answer_503_With_Retry_After_When_The_Store_Fails()
    {
        var store = new DelegatingCredentialStore((_, _, _) => throw new InvalidOperationException("database down"));
        var response = await ExchangeAsync(store, "secret");
        response.StatusCode.ShouldBe(503);
        response.GetHeader("Retry-After").ShouldBe("30");
    }
}
