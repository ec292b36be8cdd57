namespace CallCenter.Telephony.Sip;

/// <summary>RFC 3261 §17 timer values; T1 is the RTT estimate every other timer derives from.</summary>
public sealed record SipTimerSettings
{
    public TimeSpan T1 { get; init; } = TimeSpan.FromMilliseconds(500);
    public TimeSpan T2 { get; init; } = TimeSpan.FromSeconds(4);
    public TimeSpan T4 { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>64·T1: Timers B, F, H, J, L and the UAS wait for an ACK to its 2xx.</summary>
    public TimeSpan TransactionTimeout => T1 * 64;

    public TimeSpan NextRetransmit(TimeSpan current) => current * 2 < T2 ? current * 2 : T2;
}
