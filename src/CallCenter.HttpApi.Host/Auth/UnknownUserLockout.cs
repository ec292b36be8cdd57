using System.Collections.Concurrent;
using CallCenter.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CallCenter.Auth;

/// <summary>
/// Failed sign-ins for names with no active account, counted in memory with Identity's own lockout rule (the N-th
/// failure locks for the lockout time, then counting starts again), so an unknown name answers 401 … 423 exactly like
/// a real one and the answers do not reveal which names exist. A dummy password hash is checked as well, so the
/// answer takes as long as for a real account. Nothing is stored and no user is created; at most
/// <see cref="MaxTracked"/> names are kept (a flood of distinct names evicts the oldest).
/// </summary>
public sealed class UnknownUserLockout(IOptions<IdentityOptions> identity, IPasswordHasher<AppUser> hasher, TimeProvider clock)
{
    public const int MaxTracked = 10_000;
    private readonly ConcurrentDictionary<string, Entry> _names = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lazy<string> _dummyHash = new(() => hasher.HashPassword(new AppUser(), Guid.NewGuid().ToString()));

    /// <summary>Records one failure; the minutes left when the name is (now) locked, otherwise null.</summary>
    public int? Fail(string userName, string? password)
    {
        hasher.VerifyHashedPassword(new AppUser(), _dummyHash.Value, password ?? "");
        var lockout = identity.Value.Lockout;
        var now = clock.GetUtcNow();
        // Identity's user names are at most 256 characters; a longer one is the same unknown name for this purpose.
        var key = userName.Length > 256 ? userName[..256] : userName;
        if (_names.Count >= MaxTracked && !_names.ContainsKey(key)) Evict(now);
        var entry = _names.AddOrUpdate(key, _ => Next(new Entry(0, null), now, lockout), (_, e) => Next(e, now, lockout));
        return entry.LockedUntil is { } until && until > now ? Math.Max(1, (int)Math.Ceiling((until - now).TotalMinutes)) : null;
    }

    private static Entry Next(Entry entry, DateTimeOffset now, LockoutOptions lockout)
    {
        if (entry.LockedUntil is { } until && until > now) return entry; // locked: no counting, as Identity does
        var failures = (entry.LockedUntil is null ? entry.Failures : 0) + 1;
        return failures >= lockout.MaxFailedAccessAttempts
            ? new Entry(0, now + lockout.DefaultLockoutTimeSpan)
            : new Entry(failures, null);
    }

    private void Evict(DateTimeOffset now)
    {
        foreach (var (name, entry) in _names)
            if (entry.LockedUntil is { } until && until <= now) _names.TryRemove(name, out _);
        if (_names.Count < MaxTracked) return;
        foreach (var name in _names.Keys.Take(MaxTracked / 10)) _names.TryRemove(name, out _);
    }

    private sealed record Entry(int Failures, DateTimeOffset? LockedUntil);
}
