using CallCenter.Telephony.Rtp;
using CallCenter.Telephony.Sdp;

namespace CallCenter.Telephony.Calls;

/// <summary>
/// What a <see cref="CallBridge"/> needs of a leg, whichever side placed the call: a caller's <see cref="SipCall"/> or
/// a <see cref="SipOutboundCall"/> (a transfer target, an agent, a customer called back).
/// </summary>
internal interface IBridgeLeg
{
    RtpSession? Rtp { get; }

    SdpAnswer? Media { get; }

    bool HasEnded { get; }

    void Hangup();

    /// <summary>Runs <paramref name="onEnded"/> when the leg ends (on the thread that ends it).</summary>
    void WhenEnded(Action onEnded);
}
