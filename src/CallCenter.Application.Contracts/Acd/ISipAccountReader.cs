namespace CallCenter.Acd;

/// <summary>An agent's SIP account as the registrar needs it: the HA1s only (ADR 0600 D1), never the password.</summary>
public sealed record SipAccountHa1Dto(Guid UserId, string Extension, string Realm, string? Md5Ha1, string? Sha256Ha1);

/// <summary>Finds the SIP account of an extension (the digest user name); null when unknown or disabled.</summary>
public interface ISipAccountReader
{
    Task<SipAccountHa1Dto?> FindAsync(string extension, CancellationToken ct = default);
}
