using System.Globalization;
using System.Net;
using Microsoft.Extensions.Configuration;

namespace CallCenter.Voice;

/// <summary>Configuration section "Voice" (see etc/voice.sample.json): the SIP node, transfer targets and prompt cache.</summary>
public sealed class VoiceOptions
{
    public const string Section = "Voice";

    /// <summary>Run the SIP node in this process (the Host does by default; a stand-alone SipNode always does).</summary>
    public bool SipEnabled { get; set; } = true;
    public IPAddress ListenAddress { get; set; } = IPAddress.Any;
    public int Port { get; set; } = 5060;
    public IPAddress? AdvertisedAddress { get; set; }
    public int RtpPortMin { get; set; } = 20000;
    public int RtpPortMax { get; set; } = 29999;
    public TimeSpan MediaInactivityTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The digest realm agents' phones register in (Voice:Sip:Realm); the HA1s in the database are computed with it.</summary>
    public string SipRealm { get; set; } = "callcenter";

    /// <summary>Longest binding the registrar grants (Voice:Sip:MaxExpires); ADR 0600 D3 suggests 120 s in production.</summary>
    public int RegistrarMaxExpiresSeconds { get; set; } = 3600;

    /// <summary>Names an IVR flow transfers to ("agent", "repair") → SIP URI or number; a number becomes sip:number@TransferDomain.</summary>
    public Dictionary<string, string> TransferTargets { get; set; } = new(StringComparer.OrdinalIgnoreCase);
    public string? TransferDomain { get; set; }

    /// <summary>
    /// Bridged transfers (callers whose phone does not take REFER): where the outbound INVITE goes, "host[:port]" of the
    /// trunk or PBX. Empty: to the host and port of the target URI itself.
    /// </summary>
    public string? TransferProxy { get; set; }

    /// <summary>How long a bridged transfer target may ring before we CANCEL and take the NoAnswer port.</summary>
    public TimeSpan TransferRingTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Queued callback (ADR 0600 D5): how many times the customer is called when their turn comes (Voice:Acd:CallbackAttempts)
    /// and how long after a busy or unanswered try the callback is offered again, in its original place (Voice:Acd:CallbackRetryInterval).
    /// </summary>
    public int CallbackAttempts { get; set; } = 2;
    public TimeSpan CallbackRetryInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Where synthesized speech for literal prompt texts is cached (the database holds named prompts).</summary>
    public string PromptCachePath { get; set; } = Path.Combine(Path.GetTempPath(), "callcenter-prompts");
    public string EspeakVoice { get; set; } = "cmn";

    /// <summary>Generate the stock Mandarin prompts at start when missing.</summary>
    public bool SeedPrompts { get; set; } = true;

    public string NodeId { get; set; } = Environment.MachineName;

    /// <summary>
    /// The ACD owner lock's name (Voice:Acd:OwnerLock, ADR 0600 D4): every SIP node of one company (one database) uses
    /// the same, so exactly one of them routes the queues. Only a second, separate ACD on the same database (a test) differs.
    /// </summary>
    public string AcdOwnerLock { get; set; } = "default";

    /// <summary>How long a call event may wait in the workflow inbox for its bookmark; a call never lasts longer between steps.</summary>
    public TimeSpan EventTimeToLive { get; set; } = TimeSpan.FromMinutes(10);

    public static VoiceOptions Read(IConfiguration configuration) => Read(configuration, new VoiceOptions());

    /// <summary>Fills <paramref name="o"/> from section "Voice"; a value that does not parse names its key.</summary>
    public static VoiceOptions Read(IConfiguration configuration, VoiceOptions o)
    {
        var s = configuration.GetSection(Section);
        T Parse<T>(string key, Func<string, T> parse, T current)
        {
            if (s[key] is not { Length: > 0 } text) return current;
            try { return parse(text); }
            catch (FormatException) { throw new InvalidOperationException($"{Section}:{key} '{text}' is not a valid {typeof(T).Name}."); }
            catch (OverflowException) { throw new InvalidOperationException($"{Section}:{key} '{text}' is out of range."); }
        }
        static int Int(string t) => int.Parse(t, CultureInfo.InvariantCulture);
        static TimeSpan Time(string t) => TimeSpan.Parse(t, CultureInfo.InvariantCulture);
        o.SipEnabled = Parse("Sip:Enabled", bool.Parse, o.SipEnabled);
        o.ListenAddress = Parse("Sip:ListenAddress", IPAddress.Parse, o.ListenAddress);
        o.Port = Parse("Sip:Port", Int, o.Port);
        o.AdvertisedAddress = Parse("Sip:AdvertisedAddress", IPAddress.Parse, o.AdvertisedAddress);
        o.RtpPortMin = Parse("Sip:RtpPortMin", Int, o.RtpPortMin);
        o.RtpPortMax = Parse("Sip:RtpPortMax", Int, o.RtpPortMax);
        o.MediaInactivityTimeout = Parse("Sip:MediaInactivityTimeout", Time, o.MediaInactivityTimeout);
        if (s["Sip:Realm"] is { Length: > 0 } realm) o.SipRealm = realm;
        o.RegistrarMaxExpiresSeconds = Parse("Sip:MaxExpires", Int, o.RegistrarMaxExpiresSeconds);
        if (s["TransferDomain"] is { Length: > 0 } domain) o.TransferDomain = domain;
        if (s["TransferProxy"] is { Length: > 0 } proxy) o.TransferProxy = proxy;
        o.TransferRingTimeout = Parse("TransferRingTimeout", Time, o.TransferRingTimeout);
        o.CallbackAttempts = Parse("Acd:CallbackAttempts", Int, o.CallbackAttempts);
        o.CallbackRetryInterval = Parse("Acd:CallbackRetryInterval", Time, o.CallbackRetryInterval);
        if (s["PromptCachePath"] is { Length: > 0 } cache) o.PromptCachePath = cache;
        if (s["EspeakVoice"] is { Length: > 0 } voice) o.EspeakVoice = voice;
        o.SeedPrompts = Parse("SeedPrompts", bool.Parse, o.SeedPrompts);
        if (s["NodeId"] is { Length: > 0 } node) o.NodeId = node;
        if (s["Acd:OwnerLock"] is { Length: > 0 } ownerLock) o.AcdOwnerLock = ownerLock;
        o.EventTimeToLive = Parse("EventTimeToLive", Time, o.EventTimeToLive);
        foreach (var target in s.GetSection("TransferTargets").GetChildren())
            if (target.Value is { Length: > 0 } value) o.TransferTargets[target.Key] = value;
        return o;
    }

    /// <summary>A target name from TransferTargets, a SIP URI, or a bare number (sent to TransferDomain or the caller's proxy).</summary>
    public string? ResolveTransferTarget(string? nameOrNumber, string fallbackHost)
    {
        if (string.IsNullOrWhiteSpace(nameOrNumber)) return null;
        var value = TransferTargets.GetValueOrDefault(nameOrNumber.Trim()) ?? nameOrNumber.Trim();
        if (value.StartsWith("sip:", StringComparison.OrdinalIgnoreCase) || value.StartsWith("tel:", StringComparison.OrdinalIgnoreCase)) return value;
        return $"sip:{value}@{TransferDomain ?? fallbackHost}";
    }
}
