namespace CallCenter.Telephony.Registration;

/// <summary>
/// Where the registrar reads credentials: the HA1 (H(user:realm:password), lower-case hex) of a user for a realm and
/// algorithm, or null when the user is unknown or has no credential for that algorithm. Passwords never reach the
/// registrar. Implementations may do I/O: the registrar awaits them outside the SIP lock.
/// </summary>
public interface ISipCredentialStore
{
    ValueTask<string?> GetHa1Async(string realm, string user, DigestAlgorithm algorithm, CancellationToken cancellationToken = default);
}
