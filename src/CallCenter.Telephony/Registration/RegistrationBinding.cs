using System.Net;

namespace CallCenter.Telephony.Registration;

/// <summary>
/// One contact registered for an extension. Immutable: the table replaces it on refresh or qualify, so a reader holds
/// a consistent snapshot. Calls go to <see cref="Source"/> (where the REGISTER came from, i.e. through the phone's NAT)
/// with <see cref="ContactUri"/> as the Request-URI.
/// </summary>
public sealed record RegistrationBinding
{
    public required string Extension { get; init; }
    public required string ContactUri { get; init; }

    /// <summary>The REGISTER's source address and port (received/rport): the reachable address behind NAT.</summary>
    public required IPEndPoint Source { get; init; }

    public required string CallId { get; init; }
    public required uint CSeq { get; init; }
    public required DateTimeOffset RegisteredAt { get; init; }
    public required DateTimeOffset RefreshedAt { get; init; }
    public required DateTimeOffset ExpiresAt { get; init; }
    public string? UserAgent { get; init; }

    /// <summary>The +sip.instance of RFC 5626 when the phone sent one.</summary>
    public string? InstanceId { get; init; }

    /// <summary>False after an OPTIONS went unanswered; such a contact is not offered calls until it answers or re-registers.</summary>
    public bool Reachable { get; init; } = true;

    public DateTimeOffset? LastQualifiedAt { get; init; }

    public int RemainingSeconds(DateTimeOffset now) => (int)Math.Max(0, Math.Ceiling((ExpiresAt - now).TotalSeconds));
}
