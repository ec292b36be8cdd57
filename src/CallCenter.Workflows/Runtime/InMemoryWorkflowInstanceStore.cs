using CallCenter.Workflows.Execution;
using CallCenter.Workflows.Models;

namespace CallCenter.Workflows.Runtime;

/// <summary>
/// The instance store in process memory, with the same lease/claim semantics as the PostgreSQL one (one lock
/// stands in for the database's row atomicity). State is kept serialized so no run can alias another's objects.
/// </summary>
public sealed class InMemoryWorkflowInstanceStore : IWorkflowInstanceStore
{
    private sealed class Row
    {
        public string StateJson = "";
        public long RowVersion;
        public string? Owner;
        public DateTimeOffset? LeaseUntil;
        public DateTimeOffset CreatedAt;
        public DateTimeOffset? FinishedAt;
        public WorkflowStatus Status;
    }

    private sealed class BookmarkRow
    {
        public required string InstanceId;
        public required string Hash;
        public DateTimeOffset? DueAt;
        public string? JobId;
        public DateTimeOffset CreatedAt;
    }

    private sealed class StimulusRow
    {
        public required StimulusRecord Record;
        public string? ClaimedBy;
        public DateTimeOffset? ClaimUntil;
        public bool Processed;
    }

    private DateTimeOffset? _lastRetention;

    private readonly object _gate = new();
    private readonly Dictionary<string, Row> _instances = new(StringComparer.Ordinal);
    private readonly Dictionary<string, BookmarkRow> _bookmarks = new(StringComparer.Ordinal);
    private readonly List<StimulusRow> _stimuli = [];
    private readonly Dictionary<string, List<JournalEntry>> _journal = new(StringComparer.Ordinal);
    private long _nextStimulus;

    public Task<LeasedInstance?> TryLeaseAsync(string instanceId, string owner, DateTimeOffset now, DateTimeOffset until, CancellationToken ct)
    {
        lock (_gate) return Task.FromResult(Lease(instanceId, owner, now, until));
    }

    /// <summary>Never offers an optimistic resume (its commits are cheap already): always stores and leases.</summary>
    public Task<EnqueuedStimulus> EnqueueAndLeaseAsync(StimulusRecord stimulus, string owner, DateTimeOffset now, DateTimeOffset until, bool optimistic,
        CancellationToken ct)
    {
        lock (_gate)
        {
            var id = Add(stimulus);
            var target = _bookmarks
                .Where(b => stimulus.BookmarkId is { } bookmarkId ? b.Key == bookmarkId : b.Value.Hash == stimulus.Hash)
                .Where(b => _instances.TryGetValue(b.Value.InstanceId, out var row) && (row.Owner is null || row.LeaseUntil < now))
                .OrderBy(b => b.Value.CreatedAt).Select(b => b.Value.InstanceId).FirstOrDefault();
            return Task.FromResult(new EnqueuedStimulus(id, target is null ? null : Lease(target, owner, now, until)));
        }
    }

    private LeasedInstance? Lease(string instanceId, string owner, DateTimeOffset now, DateTimeOffset until)
    {
        {
            if (!_instances.TryGetValue(instanceId, out var row) || row.Owner is not null && row.LeaseUntil >= now)
                return null;
            row.Owner = owner;
            row.LeaseUntil = until;
            row.RowVersion++;
            var mine = _bookmarks.Where(b => b.Value.InstanceId == instanceId).ToList();
            var ids = mine.Select(b => b.Key).ToHashSet();
            var hashes = mine.Select(b => b.Value.Hash).ToHashSet();
            var claimed = new List<StimulusRecord>();
            foreach (var s in _stimuli)
            {
                if (s.Processed || s.Record.ExpiresAt < now || s.ClaimedBy is not null && s.ClaimUntil >= now) continue;
                var match = s.Record.BookmarkId is { } b ? ids.Contains(b) : hashes.Contains(s.Record.Hash);
                if (!match) continue;
                s.ClaimedBy = instanceId;
                s.ClaimUntil = until;
                claimed.Add(s.Record);
            }
            var state = WorkflowJson.Deserialize<WorkflowState>(row.StateJson);
            return new LeasedInstance(state, row.RowVersion, claimed);
        }
    }

    public Task<CommitResult> CommitAsync(InstanceCommit commit, CancellationToken ct)
    {
        if (commit.Optimistic) throw new NotSupportedException("This store never offers an optimistic resume.");
        lock (_gate)
        {
            var id = commit.State.InstanceId;
            Row row;
            if (commit.IsNew)
            {
                if (_instances.ContainsKey(id)) return Task.FromResult(CommitResult.Lost);
                _instances[id] = row = new Row { CreatedAt = commit.Now };
            }
            else if (!_instances.TryGetValue(id, out row!) || row.Owner != commit.Owner || row.RowVersion != commit.ExpectedRowVersion)
                return Task.FromResult(CommitResult.Lost);

            row.StateJson = WorkflowJson.Serialize(commit.State);
            row.Status = commit.State.Status;
            row.FinishedAt = row.Status is WorkflowStatus.Finished or WorkflowStatus.Cancelled ? commit.Now : null;
            row.RowVersion++;
            row.Owner = commit.KeepLeaseUntil is null ? null : commit.Owner;
            row.LeaseUntil = commit.KeepLeaseUntil;

            var cancelled = new List<string>();
            var current = commit.State.Bookmarks.Select(b => b.Id).ToHashSet();
            foreach (var removed in commit.PreviousBookmarkIds.Where(b => !current.Contains(b)))
                if (_bookmarks.Remove(removed, out var old) && old.JobId is not null) cancelled.Add(old.JobId);
            foreach (var b in commit.State.Bookmarks.Where(b => !_bookmarks.ContainsKey(b.Id)))
                _bookmarks[b.Id] = new BookmarkRow { InstanceId = id, Hash = b.Hash, DueAt = b.DueAt, CreatedAt = commit.Now };

            foreach (var s in _stimuli.Where(s => commit.ConsumedStimuli.Contains(s.Record.Id))) s.Processed = true;
            if (commit.KeepLeaseUntil is null)
                foreach (var s in _stimuli.Where(s => s.ClaimedBy == id && !s.Processed)) (s.ClaimedBy, s.ClaimUntil) = (null, null);

            foreach (var child in commit.NewInstances)
                _instances[child.State.InstanceId] = new Row { StateJson = WorkflowJson.Serialize(child.State), CreatedAt = commit.Now, Status = child.State.Status };
            foreach (var stimulus in commit.NewStimuli) Add(stimulus);

            if (!_journal.TryGetValue(id, out var journal)) _journal[id] = journal = [];
            journal.AddRange(commit.Journal);
            return Task.FromResult(new CommitResult(true, row.RowVersion, cancelled));
        }
    }

    public Task ReleaseAsync(string instanceId, string owner, CancellationToken ct)
    {
        lock (_gate)
        {
            if (_instances.TryGetValue(instanceId, out var row) && row.Owner == owner) (row.Owner, row.LeaseUntil) = (null, null);
            foreach (var s in _stimuli.Where(s => s.ClaimedBy == instanceId && !s.Processed)) (s.ClaimedBy, s.ClaimUntil) = (null, null);
        }
        return Task.CompletedTask;
    }

    public Task<long> EnqueueStimulusAsync(StimulusRecord stimulus, CancellationToken ct)
    {
        lock (_gate) return Task.FromResult(Add(stimulus));
    }

    private long Add(StimulusRecord stimulus)
    {
        var record = stimulus with { Id = ++_nextStimulus };
        _stimuli.Add(new StimulusRow { Record = record });
        return record.Id;
    }

    public Task<IReadOnlyList<string>> FindWaitingInstancesAsync(StimulusRecord stimulus, CancellationToken ct)
    {
        lock (_gate)
        {
            IReadOnlyList<string> ids = stimulus.BookmarkId is { } b
                ? _bookmarks.TryGetValue(b, out var row) ? [row.InstanceId] : []
                : _bookmarks.Values.Where(r => r.Hash == stimulus.Hash).OrderBy(r => r.CreatedAt).Select(r => r.InstanceId).Distinct().ToList();
            return Task.FromResult(ids);
        }
    }

    public Task DiscardStimulusAsync(long stimulusId, DateTimeOffset now, CancellationToken ct)
    {
        lock (_gate)
            foreach (var s in _stimuli.Where(s => s.Record.Id == stimulusId && s.ClaimedBy is null)) s.Processed = true;
        return Task.CompletedTask;
    }

    public Task<bool> HasPendingStimuliForAsync(string instanceId, DateTimeOffset now, CancellationToken ct)
    {
        lock (_gate)
        {
            var mine = _bookmarks.Where(b => b.Value.InstanceId == instanceId).ToList();
            var found = _stimuli.Any(s => !s.Processed && s.Record.ExpiresAt >= now && (s.ClaimedBy is null || s.ClaimUntil < now)
                && (s.Record.BookmarkId is { } b ? mine.Any(m => m.Key == b) : mine.Any(m => m.Value.Hash == s.Record.Hash)));
            return Task.FromResult(found);
        }
    }

    public Task<IReadOnlyList<StimulusRecord>> PendingStimuliAsync(DateTimeOffset now, int max, CancellationToken ct)
    {
        lock (_gate)
            return Task.FromResult<IReadOnlyList<StimulusRecord>>(_stimuli
                .Where(s => !s.Processed && s.Record.ExpiresAt >= now && (s.ClaimedBy is null || s.ClaimUntil < now))
                .Take(max).Select(s => s.Record).ToList());
    }

    public Task<IReadOnlyList<string>> OrphanedInstancesAsync(DateTimeOffset now, DateTimeOffset createdBefore, int max, CancellationToken ct)
    {
        lock (_gate)
            return Task.FromResult<IReadOnlyList<string>>(_instances
                .Where(i => i.Value.Status == WorkflowStatus.Running
                            && (i.Value.Owner is not null ? i.Value.LeaseUntil < now : i.Value.CreatedAt <= createdBefore))
                .Take(max).Select(i => i.Key).ToList());
    }

    public Task<IReadOnlyList<DueTimer>> UnscheduledTimersAsync(DateTimeOffset createdBefore, int max, CancellationToken ct)
    {
        lock (_gate)
            return Task.FromResult<IReadOnlyList<DueTimer>>(_bookmarks
                .Where(b => b.Value.DueAt is not null && b.Value.JobId is null && b.Value.CreatedAt <= createdBefore)
                .Take(max).Select(b => new DueTimer(b.Key, b.Value.InstanceId, b.Value.DueAt!.Value)).ToList());
    }

    public Task SetTimerJobAsync(string bookmarkId, string jobId, CancellationToken ct)
    {
        lock (_gate)
            if (_bookmarks.TryGetValue(bookmarkId, out var b)) b.JobId = jobId;
        return Task.CompletedTask;
    }

    public Task<WorkflowState?> GetStateAsync(string instanceId, CancellationToken ct)
    {
        lock (_gate)
            return Task.FromResult(_instances.TryGetValue(instanceId, out var row) ? WorkflowJson.Deserialize<WorkflowState>(row.StateJson) : null);
    }

    public Task<IReadOnlyList<JournalEntry>> GetJournalAsync(string instanceId, CancellationToken ct)
    {
        lock (_gate)
            return Task.FromResult<IReadOnlyList<JournalEntry>>(_journal.TryGetValue(instanceId, out var j) ? j.ToList() : []);
    }

    public Task<bool> TryClaimRetentionAsync(DateTimeOffset now, DateTimeOffset ranBefore, CancellationToken ct)
    {
        lock (_gate)
        {
            if (_lastRetention > ranBefore) return Task.FromResult(false);
            _lastRetention = now;
            return Task.FromResult(true);
        }
    }

    public Task<PurgeResult> PurgeAsync(DateTimeOffset cutoff, int max, CancellationToken ct)
    {
        lock (_gate)
        {
            var doomed = _instances.Where(i => i.Value.FinishedAt < cutoff).Take(max).Select(i => i.Key).ToList();
            var journal = 0;
            foreach (var id in doomed)
            {
                _instances.Remove(id);
                if (_journal.Remove(id, out var lines)) journal += lines.Count;
                foreach (var b in _bookmarks.Where(b => b.Value.InstanceId == id).Select(b => b.Key).ToList()) _bookmarks.Remove(b);
            }
            var stimuli = _stimuli.Where(s => s.Record.CreatedAt < cutoff && (s.Processed || s.Record.ExpiresAt < cutoff)).Take(max).ToHashSet();
            _stimuli.RemoveAll(stimuli.Contains);
            return Task.FromResult(new PurgeResult(doomed.Count, journal, stimuli.Count));
        }
    }
}
