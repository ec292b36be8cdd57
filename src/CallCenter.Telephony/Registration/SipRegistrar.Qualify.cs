using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using CallCenter.Telephony.Sip;

namespace CallCenter.Telephony.Registration;

/// <summary>
/// Housekeeping on the SIP scheduler: every <see cref="RegistrarOptions.QualifyInterval"/> expired bindings are swept
/// and each live binding gets an OPTIONS at its reachable address. Any answer (even 404 or 405) proves the phone is
/// there; a transaction timeout (64·T1) marks it unreachable, and <see cref="GetReachableContacts"/> leaves it out.
/// </summary>
public sealed partial class SipRegistrar
{
    private static readonly TimeSpan SweepWithoutQualify = TimeSpan.FromSeconds(30);
    private readonly HashSet<string> _probing = new(StringComparer.Ordinal);
    private readonly IPAddress _advertisedAddress;

    internal void Start() => ScheduleTick();

    private void ScheduleTick()
    {
        var interval = Options.QualifyInterval > TimeSpan.Zero ? Options.QualifyInterval : SweepWithoutQualify;
        _layer.Scheduler.Schedule(interval, Tick);
    }

    private void Tick()
    {
        try
        {
            var now = _time.GetUtcNow();
            Bindings.RemoveExpired();
            _counters.Prune(now);
            _failures.Prune(now);
            if (Options.QualifyInterval > TimeSpan.Zero)
            {
                foreach (var binding in Bindings.Snapshot()) Qualify(binding);
            }
        }
        finally
        {
            ScheduleTick();
        }
    }

    /// <summary>Sends one OPTIONS to the binding unless one is still waiting for its answer.</summary>
    public void Qualify(RegistrationBinding binding)
    {
        var key = binding.Extension + "|" + binding.ContactUri;
        lock (_probing)
        {
            if (!_probing.Add(key)) return;
        }
        var request = new SipRequest(SipMethods.Options, binding.ContactUri);
        var host = _advertisedAddress.ToString();
        var port = _layer.LocalEndPoint.Port.ToString(CultureInfo.InvariantCulture);
        request.AddHeader(SipHeaderNames.Via, $"SIP/2.0/UDP {host}:{port};branch=z9hG4bK{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))};rport");
        request.AddHeader(SipHeaderNames.MaxForwards, "70");
        request.AddHeader(SipHeaderNames.From, $"<sip:registrar@{host}:{port}>;tag={NewTag()}");
        request.AddHeader(SipHeaderNames.To, $"<{binding.ContactUri}>");
        request.AddHeader(SipHeaderNames.CallId, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12)) + "@" + host);
        request.AddHeader(SipHeaderNames.CSeq, "1 OPTIONS");
        request.AddHeader(SipHeaderNames.UserAgent, _serverName);
        _layer.SendRequest(request, binding.Source, response =>
        {
            lock (_probing) _probing.Remove(key);
            if (response is null) Interlocked.Increment(ref Statistics.QualifyTimeoutCount);
            Bindings.SetReachable(binding, response is not null);
        });
    }
}
