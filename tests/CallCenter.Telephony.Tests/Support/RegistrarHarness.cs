using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using CallCenter.Telephony.Calls;
using CallCenter.Telephony.Registration;
using CallCenter.Telephony.Sip;
using Microsoft.Extensions.Time.Testing;

namespace CallCenter.Telephony.Tests.Support;

/// <summary>
/// A real <see cref="SipEndpoint"/> with its registrar on a fake transport and a FakeTimeProvider: tests write
/// REGISTERs as text, answer the challenges like a phone would and read what the registrar sent back.
/// </summary>
public sealed partial class RegistrarHarness : IDisposable
{
    public const string Realm = "callcenter";
    public static readonly IPEndPoint Phone = new(IPAddress.Parse("203.0.113.7"), 40000);
    private int _branch;

    public RegistrarHarness(RegistrarOptions? options = null)
    {
        Store.Set(Realm, "1001", "secret");
        Store.Set(Realm, "1002", "other");
        Endpoint = new SipEndpoint(new SipEndpointOptions { Port = 0, Time = Time }, Transport);
        // Qualifying is off unless a test asks for it: unanswered OPTIONS would otherwise mark the test's phones unreachable.
        Registrar = Endpoint.EnableRegistrar(Store, options ?? new RegistrarOptions { Realm = Realm, QualifyInterval = TimeSpan.Zero });
        Endpoint.Start();
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 12, 7, 8, 0, 0, TimeSpan.Zero));

    public FakeSipTransport Transport { get; } = new();

    public InMemorySipCredentialStore Store { get; } = new();

    public SipEndpoint Endpoint { get; }

    public SipRegistrar Registrar { get; }

    /// <summary>Sends one REGISTER (a new transaction each time) and returns the response, or null when none came.</summary>
    public SipResponse? Send(string extension, string? authorization = null, string? contact = "<sip:1001@192.168.1.20:5060>",
        string? expires = "600", string callId = "reg-1@192.168.1.20", uint cseq = 1, IPEndPoint? from = null, string? raw = null)
    {
        Transport.Clear();
        var text = raw ?? $"REGISTER sip:127.0.0.1 SIP/2.0\r\n"
            + $"Via: SIP/2.0/UDP 192.168.1.20:5060;branch=z9hG4bK-reg{++_branch};rport\r\n"
            + "Max-Forwards: 70\r\n"
            + $"From: <sip:{extension}@127.0.0.1>;tag=phone\r\n"
            + $"To: <sip:{extension}@127.0.0.1>\r\n"
            + $"Call-ID: {callId}\r\n"
            + $"CSeq: {cseq.ToString(CultureInfo.InvariantCulture)} REGISTER\r\n"
            + (contact is null ? "" : $"Contact: {contact}\r\n")
            + (expires is null ? "" : $"Expires: {expires}\r\n")
            + (authorization is null ? "" : $"Authorization: {authorization}\r\n")
            + "User-Agent: test-phone\r\n"
            + "Content-Length: 0\r\n\r\n";
        Transport.Receive(text, from ?? Phone);
        return Transport.Responses.LastOrDefault();
    }

    /// <summary>The whole exchange a phone makes: REGISTER, 401, REGISTER with the digest answer. Returns the final response.</summary>
    public SipResponse? Register(string extension, string password, DigestAlgorithm algorithm = DigestAlgorithm.Sha256,
        string? contact = "<sip:1001@192.168.1.20:5060>", string? expires = "600", string callId = "reg-1@192.168.1.20",
        uint cseq = 1, IPEndPoint? from = null)
    {
        var challenge = Send(extension, null, contact, expires, callId, cseq, from).ShouldNotBeNull();
        challenge.StatusCode.ShouldBe(401);
        return Send(extension, Answer(challenge, extension, password, algorithm), contact, expires, callId, cseq + 1, from);
    }

    /// <summary>A phone's Authorization value for the challenge of <paramref name="algorithm"/>.</summary>
    public static string Answer(SipResponse challenge, string user, string password, DigestAlgorithm algorithm, uint nc = 1,
        string cnonce = "0a4f113b", string uri = "sip:127.0.0.1")
    {
        var header = challenge.GetHeaders("WWW-Authenticate").First(h => h.Contains("algorithm=" + DigestHash.Name(algorithm), StringComparison.Ordinal));
        var nonce = NonceParameter().Match(header).Groups[1].Value;
        var realm = RealmParameter().Match(header).Groups[1].Value;
        return Answer(nonce, realm, user, password, algorithm, nc, cnonce, uri);
    }

    public static string Answer(string nonce, string realm, string user, string password, DigestAlgorithm algorithm, uint nc = 1,
        string cnonce = "0a4f113b", string uri = "sip:127.0.0.1")
    {
        var ncText = nc.ToString("x8", CultureInfo.InvariantCulture);
        var ha1 = DigestHash.Ha1(algorithm, user, realm, password);
        var response = DigestHash.Response(algorithm, ha1, nonce, ncText, cnonce, "auth", "REGISTER", uri);
        return $"Digest username=\"{user}\", realm=\"{realm}\", nonce=\"{nonce}\", uri=\"{uri}\", response=\"{response}\", "
            + $"algorithm={DigestHash.Name(algorithm)}, qop=auth, nc={ncText}, cnonce=\"{cnonce}\"";
    }

    public static string NonceOf(SipResponse challenge) => NonceParameter().Match(challenge.GetHeader("WWW-Authenticate")!).Groups[1].Value;

    /// <summary>The OPTIONS the registrar sent since the last <see cref="FakeSipTransport.Clear"/>.</summary>
    public IReadOnlyList<(SipRequest Request, IPEndPoint To)> SentOptions() =>
        [.. Transport.Sent.Select(s => (Message: SipParser.Parse(s.Data).Message, s.To))
            .Where(s => s.Message is SipRequest { Method: SipMethods.Options })
            .Select(s => ((SipRequest)s.Message!, s.To))];

    /// <summary>The phone answers an OPTIONS with 200.</summary>
    public void AnswerOptions(SipRequest options, IPEndPoint from) =>
        Transport.Receive(SipResponseBuilder.Create(options, 200, "OK", "ph").ToBytes(), from);

    [GeneratedRegex("nonce=\"([^\"]+)\"")]
    private static partial Regex NonceParameter();

    [GeneratedRegex("realm=\"([^\"]+)\"")]
    private static partial Regex RealmParameter();

    public void Dispose() => Endpoint.Dispose();
}
