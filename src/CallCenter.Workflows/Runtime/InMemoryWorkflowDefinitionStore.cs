using CallCenter.Workflows.Models;

namespace CallCenter.Workflows.Runtime;

/// <summary>Definitions in process memory: the engine used alone, and the scenario tests.</summary>
public sealed class InMemoryWorkflowDefinitionStore : IWorkflowDefinitionStore
{
    private readonly object _gate = new();
    private readonly List<(WorkflowDefinition Definition, string Hash)> _versions = [];
    private readonly List<TriggerRecord> _triggers = [];
    private long _nextTrigger;

    public Task<WorkflowDefinition?> GetPublishedAsync(string definitionId, CancellationToken ct) =>
        Find(d => d.DefinitionId == definitionId && d.IsPublished);

    public async Task<int?> GetPublishedVersionAsync(string definitionId, CancellationToken ct) =>
        (await GetPublishedAsync(definitionId, ct))?.Version;

    public Task<WorkflowDefinition?> GetVersionAsync(string definitionId, int version, CancellationToken ct) =>
        Find(d => d.DefinitionId == definitionId && d.Version == version);

    public Task<WorkflowDefinition?> GetLatestAsync(string definitionId, CancellationToken ct) =>
        Find(d => d.DefinitionId == definitionId && d.IsLatest);

    public Task<IReadOnlyList<WorkflowDefinition>> ListLatestAsync(CancellationToken ct)
    {
        lock (_gate) return Task.FromResult<IReadOnlyList<WorkflowDefinition>>(_versions.Where(v => v.Definition.IsLatest).Select(v => v.Definition).ToList());
    }

    public Task<IReadOnlyList<WorkflowDefinition>> ListVersionsAsync(string definitionId, CancellationToken ct)
    {
        lock (_gate)
            return Task.FromResult<IReadOnlyList<WorkflowDefinition>>(_versions.Where(v => v.Definition.DefinitionId == definitionId)
                .Select(v => v.Definition).OrderByDescending(d => d.Version).ToList());
    }

    public Task<WorkflowDefinition> SaveDraftAsync(WorkflowDefinition definition, string contentHash, CancellationToken ct)
    {
        lock (_gate)
        {
            var latest = _versions.FindIndex(v => v.Definition.DefinitionId == definition.DefinitionId && v.Definition.IsLatest);
            var copy = WorkflowJson.ParseDefinition(WorkflowJson.Serialize(definition));
            copy.IsLatest = true;
            copy.IsPublished = false;
            if (latest >= 0 && !_versions[latest].Definition.IsPublished)
            {
                copy.Version = _versions[latest].Definition.Version;
                copy.Id = _versions[latest].Definition.Id;
                _versions[latest] = (copy, contentHash);
            }
            else
            {
                if (latest >= 0) _versions[latest].Definition.IsLatest = false;
                copy.Version = latest >= 0 ? _versions[latest].Definition.Version + 1 : 1;
                copy.Id = Guid.CreateVersion7().ToString();
                _versions.Add((copy, contentHash));
            }
            return Task.FromResult(copy);
        }
    }

    public Task<WorkflowDefinition> PublishAsync(string definitionId, int version, IReadOnlyList<TriggerRecord> triggers, CancellationToken ct)
    {
        lock (_gate)
        {
            var target = _versions.Single(v => v.Definition.DefinitionId == definitionId && v.Definition.Version == version).Definition;
            foreach (var v in _versions.Where(v => v.Definition.DefinitionId == definitionId)) v.Definition.IsPublished = false;
            target.IsPublished = true;
            _triggers.RemoveAll(t => t.DefinitionId == definitionId);
            _triggers.AddRange(triggers.Select(t => t with { Id = ++_nextTrigger, JobId = null }));
            return Task.FromResult(target);
        }
    }

    public Task UnpublishAsync(string definitionId, CancellationToken ct)
    {
        lock (_gate)
        {
            foreach (var v in _versions.Where(v => v.Definition.DefinitionId == definitionId)) v.Definition.IsPublished = false;
            _triggers.RemoveAll(t => t.DefinitionId == definitionId);
        }
        return Task.CompletedTask;
    }

    public Task<string?> GetPublishedContentHashAsync(string definitionId, CancellationToken ct)
    {
        lock (_gate)
            return Task.FromResult(_versions.Where(v => v.Definition.DefinitionId == definitionId && v.Definition.IsPublished)
                .Select(v => v.Hash).FirstOrDefault());
    }

    public Task<IReadOnlyList<TriggerRecord>> FindTriggersAsync(string hash, CancellationToken ct)
    {
        lock (_gate) return Task.FromResult<IReadOnlyList<TriggerRecord>>(_triggers.Where(t => t.Hash == hash).ToList());
    }

    public Task<IReadOnlyList<TriggerRecord>> GetTriggersAsync(string definitionId, CancellationToken ct)
    {
        lock (_gate) return Task.FromResult<IReadOnlyList<TriggerRecord>>(_triggers.Where(t => t.DefinitionId == definitionId).ToList());
    }

    public Task<TriggerRecord?> GetTriggerAsync(long triggerId, CancellationToken ct)
    {
        lock (_gate) return Task.FromResult(_triggers.Find(t => t.Id == triggerId));
    }

    public Task<bool> AdvanceTriggerAsync(long triggerId, DateTimeOffset expectedDue, DateTimeOffset? nextDue, CancellationToken ct)
    {
        lock (_gate)
        {
            var i = _triggers.FindIndex(t => t.Id == triggerId && t.DueAt == expectedDue);
            if (i < 0) return Task.FromResult(false);
            _triggers[i] = _triggers[i] with { DueAt = nextDue, JobId = null };
            return Task.FromResult(true);
        }
    }

    public Task SetTriggerJobAsync(long triggerId, DateTimeOffset dueAt, string jobId, CancellationToken ct)
    {
        lock (_gate)
        {
            var i = _triggers.FindIndex(t => t.Id == triggerId && t.DueAt == dueAt);
            if (i >= 0) _triggers[i] = _triggers[i] with { JobId = jobId };
        }
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<TriggerRecord>> UnscheduledTriggersAsync(int max, CancellationToken ct)
    {
        lock (_gate)
            return Task.FromResult<IReadOnlyList<TriggerRecord>>(_triggers.Where(t => t.DueAt is not null && t.JobId is null).Take(max).ToList());
    }

    private Task<WorkflowDefinition?> Find(Func<WorkflowDefinition, bool> predicate)
    {
        lock (_gate) return Task.FromResult(_versions.Select(v => v.Definition).FirstOrDefault(predicate));
    }
}
