namespace CallCenter.Telephony.Registration;

public sealed record RegistrarOptions
{
    /// <summary>The digest realm; credentials are stored per realm (HA1 includes it).</summary>
    public string Realm { get; init; } = "callcenter";

    /// <summary>Offered in this order (RFC 8760 §2.4: most preferred first). baresip 1.0.0 answers MD5 only.</summary>
    public IReadOnlyList<DigestAlgorithm> Algorithms { get; init; } = [DigestAlgorithm.Sha256, DigestAlgorithm.Md5];

    /// <summary>
    /// User-Agent prefixes challenged with MD5 alone. libre before 2.x (baresip 1.0.0) gives up on the whole 401 when
    /// any challenge names an algorithm other than MD5, instead of picking the one it knows (RFC 8760 §2.4). SIPp 3.6
    /// (the ACD load test's phones, User-Agent "SIPp/…") answers the first challenge only and stops the call with
    /// "authentication must use MD5 or AKAv1-MD5" when that one is SHA-256 (measured).
    /// </summary>
    public IReadOnlyList<string> Md5OnlyUserAgents { get; init; } = ["baresip v0.", "baresip v1.", "SIPp/"];

    /// <summary>Key for the stateless nonces' HMAC; random per process when null (nonces then die with the process).</summary>
    public byte[]? NonceKey { get; init; }

    public TimeSpan NonceLifetime { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Below this a REGISTER gets 423 Interval Too Brief with Min-Expires (RFC 3261 §10.3 step 7).</summary>
    public int MinExpiresSeconds { get; init; } = 60;

    /// <summary>Longer requests are shortened to this; the 200 says so in each contact's expires.</summary>
    public int MaxExpiresSeconds { get; init; } = 3600;

    /// <summary>When neither the contact nor the request says how long.</summary>
    public int DefaultExpiresSeconds { get; init; } = 3600;

    /// <summary>Beyond this many contacts per extension the least recently refreshed one is dropped.</summary>
    public int MaxContactsPerExtension { get; init; } = 10;

    /// <summary>Failed authentications per user + source before answers turn from 401 to 403.</summary>
    public int FailuresBeforeForbidden { get; init; } = 3;

    /// <summary>How long failures count, and how long the 403 lasts after the last one.</summary>
    public TimeSpan FailureWindow { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Challenges and failures a source may cause at once before its REGISTERs are dropped.</summary>
    public int SourceBurst { get; init; } = 60;

    /// <summary>How fast a source's allowance comes back.</summary>
    public double SourceRefillPerSecond { get; init; } = 10;

    /// <summary>OPTIONS to every binding this often; 0 turns qualifying off.</summary>
    public TimeSpan QualifyInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Bound on the per-source and per-user tables, so a spoofed flood cannot grow memory without end.</summary>
    public int TrackingCapacity { get; init; } = 100_000;
}
