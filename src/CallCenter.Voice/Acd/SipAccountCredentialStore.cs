using System.Collections.Concurrent;
using CallCenter.Acd;
using CallCenter.Telephony.Registration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CallCenter.Voice.Acd;

/// <summary>
/// The registrar's credentials from the agents' SIP accounts in PostgreSQL (HA1 only, ADR 0600 D1), cached briefly: a
/// phone's REGISTER and its challenge answer ask twice within a second, and a refresh every minute per phone would
/// otherwise be a query each. A changed password takes effect at once when the change is announced
/// (<see cref="IAcdDirectoryListener"/> → <see cref="Invalidate"/>), else within <see cref="CacheFor"/>. A realm other
/// than the configured one has no credentials.
/// </summary>
public sealed partial class SipAccountCredentialStore(IServiceScopeFactory scopes, string realm, TimeProvider time, ILogger<SipAccountCredentialStore> log)
    : ISipCredentialStore
{
    private readonly ConcurrentDictionary<string, (SipAccountHa1Dto? Account, DateTimeOffset Until)> _cache = new(StringComparer.Ordinal);

    public TimeSpan CacheFor { get; init; } = TimeSpan.FromSeconds(5);

    public string Realm => realm;

    public async ValueTask<string?> GetHa1Async(string realm, string user, DigestAlgorithm algorithm, CancellationToken cancellationToken = default)
    {
        if (!string.Equals(realm, Realm, StringComparison.Ordinal)) return null;
        var account = await FindAsync(user, cancellationToken);
        if (account is null) return null;
        return algorithm == DigestAlgorithm.Sha256 ? account.Sha256Ha1 : account.Md5Ha1;
    }

    private async ValueTask<SipAccountHa1Dto?> FindAsync(string extension, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (_cache.TryGetValue(extension, out var cached) && cached.Until > now) return cached.Account;
        try
        {
            using var scope = scopes.CreateScope();
            var reader = scope.ServiceProvider.GetService<ISipAccountReader>();
            var account = reader is null ? null : await reader.FindAsync(extension, ct);
            // Unknown extensions are cached too: a flood of guesses must not become a flood of queries.
            if (_cache.Count > 10_000) _cache.Clear();
            _cache[extension] = (account, now + CacheFor);
            return account;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogLookupFailed(e, extension);
            return null; // the phone gets a 401 and retries; a database hiccup never registers anyone
        }
    }

    /// <summary>Forgets cached accounts (an administrator changed a password or an extension).</summary>
    public void Invalidate() => _cache.Clear();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading the SIP account of extension {Extension} failed")]
    private partial void LogLookupFailed(Exception e, string extension);
}
