using System.Collections.Concurrent;
using CallCenter.Telephony.Registration;

namespace CallCenter.Telephony.Tests.Support;

/// <summary>The in-memory store, remembering which algorithms the registrar asked for (so a test sees what a phone used).</summary>
public sealed class RecordingCredentialStore(InMemorySipCredentialStore inner) : ISipCredentialStore
{
    public ConcurrentQueue<DigestAlgorithm> Requested { get; } = new();

    public ValueTask<string?> GetHa1Async(string realm, string user, DigestAlgorithm algorithm, CancellationToken cancellationToken = default)
    {
        Requested.Enqueue(algorithm);
        return inner.GetHa1Async(realm, user, algorithm, cancellationToken);
    }
}
