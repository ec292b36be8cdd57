using System.Net;

namespace CallCenter.Telephony.Registration;

/// <summary>What one authenticated REGISTER asks for, with each contact's expiry already resolved and clamped.</summary>
internal sealed record RegistrationChange(
    string Extension,
    string CallId,
    uint CSeq,
    IPEndPoint Source,
    string? UserAgent,
    bool Wildcard,
    IReadOnlyList<(RequestedContact Contact, int ExpiresSeconds)> Contacts);
