namespace CallCenter.Telephony.Registration;

/// <summary>
/// The registrar's bindings, in memory (ADR 0600 D1): extension → contacts. One short lock; readers get immutable
/// snapshots; expired bindings are never returned and are swept by <see cref="RemoveExpired"/>. Knows nothing of SIP
/// messages: the registrar resolves a REGISTER into a <see cref="RegistrationChange"/> first.
/// </summary>
public sealed class RegistrationTable(TimeProvider time, int maxContactsPerExtension = 10)
{
    private readonly Dictionary<string, List<RegistrationBinding>> _byExtension = new(StringComparer.Ordinal);
    private readonly Lock _sync = new();

    /// <summary>Raised on the thread pool with the extension whose bindings were added, removed, expired or changed reachability.</summary>
    public event Action<string>? Changed;

    public int Count
    {
        get { lock (_sync) return _byExtension.Values.Sum(list => list.Count(b => b.ExpiresAt > time.GetUtcNow())); }
    }

    /// <summary>Every live binding of the extension, reachable or not.</summary>
    public IReadOnlyList<RegistrationBinding> GetBindings(string extension)
    {
        var now = time.GetUtcNow();
        lock (_sync)
        {
            return _byExtension.TryGetValue(extension, out var list) ? [.. list.Where(b => b.ExpiresAt > now)] : [];
        }
    }

    /// <summary>The contacts a call to the extension should ring: live and answering OPTIONS.</summary>
    public IReadOnlyList<RegistrationBinding> GetReachableContacts(string extension)
    {
        var now = time.GetUtcNow();
        lock (_sync)
        {
            return _byExtension.TryGetValue(extension, out var list) ? [.. list.Where(b => b.ExpiresAt > now && b.Reachable)] : [];
        }
    }

    public IReadOnlyList<RegistrationBinding> Snapshot()
    {
        var now = time.GetUtcNow();
        lock (_sync) return [.. _byExtension.Values.SelectMany(l => l).Where(b => b.ExpiresAt > now)];
    }

    /// <summary>
    /// Applies RFC 3261 §10.3 steps 6–8 atomically: either every contact is applied or, when one would go back in
    /// CSeq for the same Call-ID, nothing is and false is returned.
    /// </summary>
    internal bool Apply(RegistrationChange change)
    {
        var now = time.GetUtcNow();
        lock (_sync)
        {
            _byExtension.TryGetValue(change.Extension, out var list);
            list?.RemoveAll(b => b.ExpiresAt <= now);
            var existing = list ?? [];
            if (change.Wildcard)
            {
                if (existing.Any(b => b.CallId == change.CallId && change.CSeq <= b.CSeq)) return false;
                existing.Clear();
            }
            foreach (var (contact, _) in change.Contacts)
            {
                var current = existing.Find(b => SameContact(b.ContactUri, contact.Uri));
                if (current is not null && current.CallId == change.CallId && change.CSeq <= current.CSeq) return false;
            }
            foreach (var (contact, expires) in change.Contacts)
            {
                var index = existing.FindIndex(b => SameContact(b.ContactUri, contact.Uri));
                if (expires == 0)
                {
                    if (index >= 0) existing.RemoveAt(index);
                    continue;
                }
                var binding = new RegistrationBinding
                {
                    Extension = change.Extension,
                    ContactUri = contact.Uri,
                    Source = change.Source,
                    CallId = change.CallId,
                    CSeq = change.CSeq,
                    RegisteredAt = index >= 0 ? existing[index].RegisteredAt : now,
                    RefreshedAt = now,
                    ExpiresAt = now.AddSeconds(expires),
                    UserAgent = change.UserAgent,
                    InstanceId = contact.InstanceId,
                };
                if (index >= 0) existing[index] = binding;
                else existing.Add(binding);
            }
            while (existing.Count > maxContactsPerExtension)
                existing.Remove(existing.MinBy(b => b.RefreshedAt)!);
            if (existing.Count == 0) _byExtension.Remove(change.Extension);
            else _byExtension[change.Extension] = existing;
        }
        Raise(change.Extension);
        return true;
    }

    /// <summary>Records a qualify outcome for the binding the OPTIONS went to, unless it was replaced meanwhile.</summary>
    internal void SetReachable(RegistrationBinding probed, bool reachable)
    {
        var changed = false;
        lock (_sync)
        {
            if (!_byExtension.TryGetValue(probed.Extension, out var list)) return;
            var index = list.FindIndex(b => SameContact(b.ContactUri, probed.ContactUri));
            if (index < 0 || list[index].RefreshedAt != probed.RefreshedAt) return; // refreshed since: a REGISTER is proof enough
            changed = list[index].Reachable != reachable;
            list[index] = list[index] with { Reachable = reachable, LastQualifiedAt = time.GetUtcNow() };
        }
        if (changed) Raise(probed.Extension);
    }

    /// <summary>Drops expired bindings; returns how many.</summary>
    public int RemoveExpired()
    {
        var now = time.GetUtcNow();
        var touched = new List<string>();
        var removed = 0;
        lock (_sync)
        {
            foreach (var (extension, list) in _byExtension)
            {
                var n = list.RemoveAll(b => b.ExpiresAt <= now);
                if (n == 0) continue;
                removed += n;
                touched.Add(extension);
                if (list.Count == 0) _byExtension.Remove(extension);
            }
        }
        foreach (var extension in touched) Raise(extension);
        return removed;
    }

    /// <summary>On the thread pool: changes happen under the SIP lock, and a subscriber may well take its own locks.</summary>
    private void Raise(string extension)
    {
        if (Changed is { } handler) ThreadPool.QueueUserWorkItem(_ => handler(extension));
    }

    /// <summary>RFC 3261 §19.1.4 compares URIs part by part; the case-insensitive text is close enough for one phone's own contact.</summary>
    private static bool SameContact(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
