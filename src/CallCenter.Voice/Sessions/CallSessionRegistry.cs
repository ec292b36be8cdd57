using System.Collections.Concurrent;

namespace CallCenter.Voice.Sessions;

/// <summary>The calls this node holds, by call-record id (= the IVR instance's correlation id).</summary>
public sealed class CallSessionRegistry
{
    private readonly ConcurrentDictionary<string, CallSession> _sessions = new(StringComparer.Ordinal);

    public int Count => _sessions.Count;

    public IReadOnlyCollection<CallSession> All => [.. _sessions.Values];

    internal void Add(CallSession session) => _sessions[session.Id] = session;

    internal void Remove(CallSession session) => _sessions.TryRemove(session.Id, out _);

    public CallSession? Find(string? id) => id is not null && _sessions.TryGetValue(id, out var s) ? s : null;
}
