using CallCenter.Telephony.Registration;

namespace CallCenter.Telephony.Tests.Support;

/// <summary>A credential store whose lookup a test writes: slow like a database, or failing like one that is down.</summary>
public sealed class DelegatingCredentialStore(Func<string, string, DigestAlgorithm, ValueTask<string?>> lookup) : ISipCredentialStore
{
    public ValueTask<string?> GetHa1Async(string realm, string user, DigestAlgorithm algorithm, CancellationToken cancellationToken = default) =>
        lookup(realm, user, algorithm);
}
