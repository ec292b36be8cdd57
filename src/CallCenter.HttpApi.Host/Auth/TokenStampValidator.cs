using System.Collections.Concurrent;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using CallCenter.Identity;
using Microsoft.AspNetCore.Identity;

namespace CallCenter.Auth;

/// <summary>
/// Ends bearer tokens server-side. A token carries a fingerprint of the user's security stamp when it was issued; each
/// bearer request compares it with the current stamp, so signing out (which rotates the stamp), a role change or a
/// deactivation ends every token of that user. The stamp is cached per user for <see cref="CacheFor"/>: one database
/// read per user and node per half minute, and on the node that rotated it the token ends at once.
/// </summary>
public sealed class TokenStampValidator(IServiceScopeFactory scopes, TimeProvider clock)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<string, (string? Fingerprint, DateTimeOffset Until)> _current = new();

    /// <summary>Not the stamp itself: a token is readable by anyone who holds it.</summary>
    public static string Fingerprint(string? stamp) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(stamp ?? "")))[..16];

    public async Task<bool> IsCurrentAsync(ClaimsPrincipal principal)
    {
        var userId = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        var fingerprint = principal.FindFirstValue(CallCenterClaimTypes.StampFingerprint);
        if (userId is null || fingerprint is null) return false;
        var now = clock.GetUtcNow();
        if (!_current.TryGetValue(userId, out var entry) || entry.Until <= now)
        {
            using var scope = scopes.CreateScope();
            var user = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByIdAsync(userId);
            entry = (user is { IsActive: true } ? Fingerprint(user.SecurityStamp) : null, now + CacheFor);
            _current[userId] = entry;
        }
        return entry.Fingerprint == fingerprint;
    }

    /// <summary>After this node rotated a stamp: its next request reads the new one.</summary>
    public void Forget(Guid userId) => _current.TryRemove(userId.ToString(), out _);
}
