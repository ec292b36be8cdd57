using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using CallCenter.Telephony.Sip;

namespace CallCenter.Telephony.Registration;

/// <summary>
/// The registrar (RFC 3261 §10.3, digest per RFC 8760; ADR 0600 D2). Runs inside a <see cref="Calls.SipEndpoint"/>:
/// the endpoint hands it every REGISTER and asks <see cref="Admit"/> before a REGISTER gets a transaction. Credentials
/// come from an <see cref="ISipCredentialStore"/> (HA1 only); bindings live in <see cref="Bindings"/>.
/// </summary>
public sealed partial class SipRegistrar
{
    private const string AuthorizationHeader = "Authorization";
    private const string ExpiresHeader = "Expires";
    private readonly ISipCredentialStore _credentials;
    private readonly SipTransactionLayer _layer;
    private readonly TimeProvider _time;
    private readonly NonceService _nonces;
    private readonly NonceCounterTracker _counters;
    private readonly FailedAttemptTracker _failures;
    private readonly SourceRateLimiter _sources;
    private readonly string _serverName;

    internal SipRegistrar(ISipCredentialStore credentials, RegistrarOptions options, SipTransactionLayer layer, TimeProvider time,
        IPAddress advertisedAddress, string serverName)
    {
        if (options.Algorithms.Count == 0) throw new ArgumentException("offer at least one digest algorithm", nameof(options));
        _credentials = credentials;
        Options = options;
        _layer = layer;
        _time = time;
        _advertisedAddress = advertisedAddress;
        _serverName = serverName;
        _nonces = new NonceService(options.NonceKey ?? RandomNumberGenerator.GetBytes(32), options.Realm, options.NonceLifetime);
        _counters = new NonceCounterTracker(options.TrackingCapacity);
        _failures = new FailedAttemptTracker(options.FailuresBeforeForbidden, options.FailureWindow, options.TrackingCapacity);
        _sources = new SourceRateLimiter(options.SourceBurst, options.SourceRefillPerSecond, options.TrackingCapacity);
        Bindings = new RegistrationTable(time, options.MaxContactsPerExtension);
    }

    public RegistrarOptions Options { get; }

    public RegistrationTable Bindings { get; }

    public RegistrarStatistics Statistics { get; } = new();

    /// <summary>The contacts a call to <paramref name="extension"/> should ring (registered, not expired, answering OPTIONS).</summary>
    public IReadOnlyList<RegistrationBinding> GetReachableContacts(string extension) => Bindings.GetReachableContacts(extension);

    /// <summary>
    /// Called by the transaction layer before a new transaction exists: a REGISTER from a source that has used up its
    /// allowance of challenges and failures is dropped — no state, no reply (nothing to reflect at a spoofed address).
    /// </summary>
    internal bool Admit(SipRequest request, IPEndPoint source)
    {
        if (request.Method != SipMethods.Register) return true;
        if (_sources.HasToken(source.Address, _time.GetTimestamp(), _time.TimestampFrequency)) return true;
        Interlocked.Increment(ref Statistics.DroppedCount);
        return false;
    }

    /// <summary>Called with the SIP lock held: the part up to the credential lookup runs here, the rest after it.</summary>
    internal void OnRegister(ServerTransaction tx) => _ = ProcessAsync(tx);

    private async Task ProcessAsync(ServerTransaction tx)
    {
        try
        {
            await ProcessCoreAsync(tx).ConfigureAwait(false);
        }
        catch (Exception)
        {
            // The store failed (database down) or a defect: the phone should retry later, not give up.
            var unavailable = SipResponseBuilder.Create(tx.Request, 503, "Service Unavailable", NewTag());
            unavailable.AddHeader("Retry-After", "30");
            Reject(tx, unavailable);
        }
    }

    private async Task ProcessCoreAsync(ServerTransaction tx)
    {
        var request = tx.Request;
        var source = tx.Source;
        var to = request.To.ParsedUri;
        if (to.Scheme is not ("sip" or "sips") || string.IsNullOrEmpty(to.User))
        {
            Reject(tx, 400, "To Is Not A sip: Address With A User");
            return;
        }
        var extension = to.User;
        var auth = FindCredentials(request);
        if (auth is null)
        {
            Challenge(tx, stale: false);
            return;
        }
        var now = _time.GetUtcNow();
        if (_failures.IsLockedOut(auth.Username, source.Address, now))
        {
            Forbid(tx, "Too Many Failed Attempts");
            return;
        }
        if (!DigestHash.TryParse(auth.Algorithm, out var algorithm) || !Options.Algorithms.Contains(algorithm)
            || !string.Equals(auth.Qop, "auth", StringComparison.OrdinalIgnoreCase)
            || string.IsNullOrEmpty(auth.Cnonce) || !TryParseNonceCount(auth.Nc, out var nc))
        {
            // An algorithm we did not offer, no qop=auth (RFC 2069 style, replayable) or no nc/cnonce: ask again.
            Challenge(tx, stale: false);
            return;
        }
        var nonce = _nonces.Check(auth.Nonce, now, out var issuedAt);
        if (nonce == NonceCheck.Invalid)
        {
            Challenge(tx, stale: false); // forged, or issued by an earlier process: not the user's fault
            return;
        }

        var ha1 = await _credentials.GetHa1Async(Options.Realm, auth.Username, algorithm).ConfigureAwait(false);
        var expected = ha1 is null ? null
            : DigestHash.Response(algorithm, ha1.ToLowerInvariant(), auth.Nonce, auth.Nc!, auth.Cnonce!, "auth", request.Method, auth.Uri);
        now = _time.GetUtcNow();
        if (expected is null || !DigestHash.FixedTimeEquals(expected, auth.Response))
        {
            Interlocked.Increment(ref Statistics.AuthenticationFailedCount);
            if (_failures.RecordFailure(auth.Username, source.Address, now)) Forbid(tx, "Authentication Failed");
            else Challenge(tx, stale: false);
            return;
        }
        if (nonce == NonceCheck.Stale || !_counters.TryUse(auth.Nonce, nc, issuedAt + Options.NonceLifetime, now))
        {
            // Right password, old or replayed nonce: stale=true lets the phone retry at once without asking anyone.
            Challenge(tx, stale: true);
            return;
        }
        _failures.RecordSuccess(auth.Username, source.Address);
        if (!string.Equals(auth.Username, extension, StringComparison.Ordinal))
        {
            Forbid(tx, "Not Allowed To Register This Extension");
            return;
        }
        ApplyBindings(tx, extension);
    }

    private void ApplyBindings(ServerTransaction tx, string extension)
    {
        var request = tx.Request;
        if (!ContactHeaderParser.TryParse(request.GetHeaders(SipHeaderNames.Contact), out var contacts, out var wildcard, out var error))
        {
            Reject(tx, 400, "Bad Contact", error);
            return;
        }
        long? headerExpires = null;
        if (request.GetHeader(ExpiresHeader) is { } expiresText)
        {
            if (!ContactHeaderParser.TryParseDeltaSeconds(expiresText.Trim(), out var parsed))
            {
                Reject(tx, 400, "Bad Expires", "Expires is not a number of seconds");
                return;
            }
            headerExpires = parsed;
        }
        if (wildcard && headerExpires != 0)
        {
            Reject(tx, 400, "Bad Request", "Contact: * needs Expires: 0");
            return;
        }
        var resolved = new List<(RequestedContact, int)>(contacts.Count);
        foreach (var contact in contacts)
        {
            var seconds = contact.ExpiresSeconds ?? headerExpires ?? Options.DefaultExpiresSeconds;
            if (seconds > 0 && seconds < Options.MinExpiresSeconds)
            {
                var tooBrief = SipResponseBuilder.Create(request, 423, "Interval Too Brief", NewTag());
                tooBrief.AddHeader("Min-Expires", Options.MinExpiresSeconds.ToString(CultureInfo.InvariantCulture));
                Reject(tx, tooBrief);
                return;
            }
            resolved.Add((contact, (int)Math.Min(seconds, Options.MaxExpiresSeconds)));
        }
        if (wildcard || resolved.Count > 0)
        {
            var change = new RegistrationChange(extension, request.CallId, request.CSeq.Number, tx.Source,
                request.GetHeader(SipHeaderNames.UserAgent), wildcard, resolved);
            if (!Bindings.Apply(change))
            {
                Reject(tx, 400, "CSeq Out Of Order", "an earlier or equal CSeq for this Call-ID was already applied");
                return;
            }
        }
        var ok = SipResponseBuilder.Create(request, 200, "OK", NewTag());
        var now = _time.GetUtcNow();
        foreach (var binding in Bindings.GetBindings(extension))
            ok.AddHeader(SipHeaderNames.Contact, $"<{binding.ContactUri}>;expires={binding.RemainingSeconds(now).ToString(CultureInfo.InvariantCulture)}");
        ok.AddHeader("Date", now.UtcDateTime.ToString("r", CultureInfo.InvariantCulture));
        ok.AddHeader(SipHeaderNames.Server, _serverName);
        Interlocked.Increment(ref Statistics.RegisteredCount);
        _layer.SendResponse(tx, ok);
    }

    /// <summary>The Digest credentials for our realm; a phone may carry others for proxies on the way.</summary>
    private DigestCredentials? FindCredentials(SipRequest request)
    {
        foreach (var value in request.GetHeaders(AuthorizationHeader))
        {
            if (DigestCredentials.TryParse(value, out var credentials) && credentials.Realm == Options.Realm) return credentials;
        }
        return null;
    }

    /// <summary>nc is exactly 8 hex digits (RFC 7616 §3.4).</summary>
    private static bool TryParseNonceCount(string? text, out uint nc)
    {
        nc = 0;
        return text is { Length: 8 } && uint.TryParse(text, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out nc) && nc > 0;
    }

    private void Challenge(ServerTransaction tx, bool stale)
    {
        var response = SipResponseBuilder.Create(tx.Request, 401, "Unauthorized", NewTag());
        var nonce = _nonces.Issue(_time.GetUtcNow());
        foreach (var algorithm in OfferedAlgorithms(tx.Request))
        {
            response.AddHeader("WWW-Authenticate",
                $"Digest realm=\"{Options.Realm}\", nonce=\"{nonce}\", algorithm={DigestHash.Name(algorithm)}, qop=\"auth\"{(stale ? ", stale=true" : "")}");
        }
        response.AddHeader(SipHeaderNames.Server, _serverName);
        Interlocked.Increment(ref Statistics.ChallengedCount);
        TakeToken(tx);
        _layer.SendResponse(tx, response);
    }

    private IReadOnlyList<DigestAlgorithm> OfferedAlgorithms(SipRequest request)
    {
        if (Options.Algorithms.Count > 1 && Options.Algorithms.Contains(DigestAlgorithm.Md5)
            && request.GetHeader(SipHeaderNames.UserAgent) is { } userAgent
            && Options.Md5OnlyUserAgents.Any(prefix => userAgent.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
            return [DigestAlgorithm.Md5];
        return Options.Algorithms;
    }

    private void Forbid(ServerTransaction tx, string reason)
    {
        Interlocked.Increment(ref Statistics.ForbiddenCount);
        TakeToken(tx);
        _layer.SendResponse(tx, SipResponseBuilder.Create(tx.Request, 403, reason, NewTag()));
    }

    private void Reject(ServerTransaction tx, int status, string reason, string? detail = null)
    {
        var response = SipResponseBuilder.Create(tx.Request, status, reason, NewTag());
        if (detail is not null) response.AddHeader(SipHeaderNames.Reason, $"SIP;cause={status.ToString(CultureInfo.InvariantCulture)};text=\"{detail.Replace("\"", "'", StringComparison.Ordinal)}\"");
        Reject(tx, response);
    }

    private void Reject(ServerTransaction tx, SipResponse response)
    {
        Interlocked.Increment(ref Statistics.RejectedCount);
        TakeToken(tx);
        _layer.SendResponse(tx, response);
    }

    private void TakeToken(ServerTransaction tx) => _sources.Take(tx.Source.Address, _time.GetTimestamp(), _time.TimestampFrequency);

    private static string NewTag() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
}
