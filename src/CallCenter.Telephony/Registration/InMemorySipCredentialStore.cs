using System.Collections.Concurrent;

namespace CallCenter.Telephony.Registration;

/// <summary>A credential store in memory (tests, the SipNode tool). Keeps the HA1s, never the password.</summary>
public sealed class InMemorySipCredentialStore : ISipCredentialStore
{
    private readonly ConcurrentDictionary<(string Realm, string User, DigestAlgorithm Algorithm), string> _ha1 = new();

    /// <summary>Computes and stores the MD5 and SHA-256 HA1 of <paramref name="password"/>; the password is not kept.</summary>
    public void Set(string realm, string user, string password)
    {
        foreach (var algorithm in Enum.GetValues<DigestAlgorithm>())
            _ha1[(realm, user, algorithm)] = DigestHash.Ha1(algorithm, user, realm, password);
    }

    public void Remove(string realm, string user)
    {
        foreach (var algorithm in Enum.GetValues<DigestAlgorithm>()) _ha1.TryRemove((realm, user, algorithm), out _);
    }

    public ValueTask<string?> GetHa1Async(string realm, string user, DigestAlgorithm algorithm, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(_ha1.TryGetValue((realm, user, algorithm), out var ha1) ? ha1 : null);
}
