using System.Net;
using CallCenter.Telephony.Sip;

namespace CallCenter.Telephony.Calls;

public sealed record SipEndpointOptions
{
    /// <summary>Address the SIP and RTP sockets bind to.</summary>
    public IPAddress ListenAddress { get; init; } = IPAddress.Loopback;

    /// <summary>SIP UDP port; 0 picks a free one (tests).</summary>
    public int Port { get; init; } = 5060;

    /// <summary>Address written into Contact, Via and SDP; defaults to <see cref="ListenAddress"/> (set it when binding 0.0.0.0).</summary>
    public IPAddress? AdvertisedAddress { get; init; }

    /// <summary>RTP port range (even ports are used); 0/0 lets the OS choose.</summary>
    public int RtpPortMin { get; init; }

    public int RtpPortMax { get; init; }

    public SipTimerSettings Timers { get; init; } = new();

    /// <summary>An answered call with no RTP from the peer for this long is hung up (dead peers leak no calls).</summary>
    public TimeSpan MediaInactivityTimeout { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxRecordingDuration { get; init; } = TimeSpan.FromHours(1);

    public string UserAgent { get; init; } = "CallCenter";

    public TimeProvider Time { get; init; } = TimeProvider.System;
}
