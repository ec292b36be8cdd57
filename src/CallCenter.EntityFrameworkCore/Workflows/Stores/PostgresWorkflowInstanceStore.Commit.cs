using CallCenter.Workflows.Execution;
using CallCenter.Workflows.Models;
using CallCenter.Workflows.Runtime;
using Npgsql;
using NpgsqlTypes;

namespace CallCenter.Workflows.Stores;

public sealed partial class PostgresWorkflowInstanceStore
{
    /// <summary>The SQLSTATE of workflows.lease_lost(): raised by the commit's guard, it aborts the whole batch.</summary>
    private const string LeaseLostState = "WF001";

    /// <summary>
    /// One round trip, one implicit transaction (a batch without BEGIN/COMMIT): the guarded state write comes first and
    /// raises WF001 if it matched no row (lease lost, row version moved, or an instance with this id already exists),
    /// which aborts and rolls back every statement of the batch. The unique (instance, sequence) journal key is a
    /// second guard.
    /// </summary>
    public async Task<CommitResult> CommitAsync(InstanceCommit c, CancellationToken ct)
    {
        var s = c.State;
        var stateJson = WorkflowJson.Serialize(s);
        var current = s.Bookmarks.Select(b => b.Id).ToHashSet(StringComparer.Ordinal);
        var removed = c.PreviousBookmarkIds.Where(b => !current.Contains(b)).ToArray();
        var added = s.Bookmarks.Where(b => !c.PreviousBookmarkIds.Contains(b.Id)).ToList();
        DateTimeOffset? finished = s.Status is WorkflowStatus.Finished or WorkflowStatus.Cancelled ? c.Now : null;

        await using var batch = _db.CreateBatch();
        if (c.IsNew)
            Add(batch, """
                WITH written AS (
                    INSERT INTO workflows.instances (id, definition_id, definition_version, status, correlation_id, parent_instance_id,
                        incident_count, state, lease_owner, lease_until, row_version, created_at, updated_at, finished_at)
                    VALUES (@id, @def, @ver, @status, @corr, @parent, @incidents, @state::jsonb, @owner, @until, 1, @now, @now, @finished)
                    ON CONFLICT (id) DO NOTHING RETURNING row_version)
                SELECT coalesce((SELECT row_version FROM written), workflows.lease_lost())
                """, ("id", s.InstanceId), ("def", s.DefinitionId), ("ver", s.DefinitionVersion), ("status", s.Status.ToString()),
                ("corr", s.CorrelationId), ("parent", s.ParentInstanceId), ("incidents", s.Incidents?.Count(i => !i.Resolved) ?? 0),
                ("state", stateJson), ("owner", c.KeepLeaseUntil is null ? null : c.Owner), ("until", c.KeepLeaseUntil), ("now", c.Now),
                ("finished", finished));
        else
            Add(batch, """
                WITH written AS (
                    UPDATE workflows.instances SET state = @state::jsonb, status = @status, correlation_id = @corr, incident_count = @incidents,
                        lease_owner = @newOwner, lease_until = @until, row_version = row_version + 1, updated_at = @now, finished_at = @finished
                    WHERE id = @id AND lease_owner = @owner AND row_version = @expected
                    RETURNING row_version)
                SELECT coalesce((SELECT row_version FROM written), workflows.lease_lost())
                """, ("state", stateJson), ("status", s.Status.ToString()), ("corr", s.CorrelationId),
                ("incidents", s.Incidents?.Count(i => !i.Resolved) ?? 0), ("newOwner", c.KeepLeaseUntil is null ? null : c.Owner),
                ("until", c.KeepLeaseUntil), ("now", c.Now), ("finished", finished), ("id", s.InstanceId), ("owner", c.Owner),
                ("expected", c.ExpectedRowVersion));
        Add(batch, "DELETE FROM workflows.bookmarks WHERE id = ANY(@ids) RETURNING job_id", ("ids", removed));
        if (added.Count > 0)
        {
            var command = Add(batch, """
                INSERT INTO workflows.bookmarks (id, instance_id, activity_id, name, hash, correlation_id, due_at, created_at)
                SELECT b.id, @instance, b.activity_id, b.name, b.hash, b.correlation_id, b.due_at, @now
                FROM unnest(@ids, @activities, @names, @hashes, @correlations, @dues) AS b(id, activity_id, name, hash, correlation_id, due_at)
                """, ("instance", s.InstanceId), ("now", c.Now), ("ids", added.Select(b => b.Id).ToArray()),
                ("activities", added.Select(b => b.ActivityId).ToArray()), ("names", added.Select(b => b.Name).ToArray()),
                ("hashes", added.Select(b => b.Hash).ToArray()));
            command.Parameters.Add(new NpgsqlParameter("correlations", NpgsqlDbType.Array | NpgsqlDbType.Text)
                { Value = added.Select(b => (object?)b.CorrelationId ?? DBNull.Value).ToArray() });
            command.Parameters.Add(new NpgsqlParameter("dues", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz)
                { Value = added.Select(b => b.DueAt is { } d ? (object)d : DBNull.Value).ToArray() });
        }
        if (c.Journal.Count > 0) AddJournal(batch, s.InstanceId, c.Journal);
        if (c.ConsumedStimuli.Count > 0)
            Add(batch, "UPDATE workflows.stimuli SET processed_at = @now, consumed_by = @instance WHERE id = ANY(@ids) AND processed_at IS NULL",
                ("now", c.Now), ("instance", s.InstanceId), ("ids", c.ConsumedStimuli.ToArray()));
        if (c.KeepLeaseUntil is null && !c.IsNew)
            Add(batch, "UPDATE workflows.stimuli SET claimed_by = NULL, claim_until = NULL WHERE claimed_by = @instance AND processed_at IS NULL",
                ("instance", s.InstanceId));
        foreach (var child in c.NewInstances)
            Add(batch, """
                INSERT INTO workflows.instances (id, definition_id, definition_version, status, correlation_id, parent_instance_id,
                    incident_count, state, row_version, created_at, updated_at)
                VALUES (@id, @def, @ver, 'Running', @corr, @parent, 0, @state::jsonb, 0, @now, @now)
                """, ("id", child.State.InstanceId), ("def", child.State.DefinitionId), ("ver", child.State.DefinitionVersion),
                ("corr", child.State.CorrelationId), ("parent", s.InstanceId), ("state", WorkflowJson.Serialize(child.State)), ("now", c.Now));
        foreach (var stimulus in c.NewStimuli)
        {
            var command = new NpgsqlBatchCommand("""
                INSERT INTO workflows.stimuli (name, hash, correlation_id, bookmark_id, is_timer, payload, created_at, expires_at)
                VALUES (@name, @hash, @correlation, @bookmark, @timer, @payload::jsonb, @created, @expires)
                """);
            AddStimulusParameters(command.Parameters, stimulus);
            batch.BatchCommands.Add(command);
        }

        try
        {
            var cancelled = new List<string>();
            await using var reader = await batch.ExecuteReaderAsync(ct);
            await reader.ReadAsync(ct);
            var rowVersion = reader.GetInt64(0);
            await reader.NextResultAsync(ct);
            while (await reader.ReadAsync(ct))
                if (!reader.IsDBNull(0)) cancelled.Add(reader.GetString(0));
            while (await reader.NextResultAsync(ct)) { }
            return new CommitResult(true, rowVersion, cancelled);
        }
        catch (PostgresException e) when (e.SqlState is LeaseLostState or PostgresErrorCodes.UniqueViolation)
        {
            // Our lease expired and someone else took over (or committed these steps): nothing of ours landed.
            return CommitResult.Lost;
        }
    }

    private static void AddJournal(NpgsqlBatch batch, string instanceId, IReadOnlyList<JournalEntry> journal)
    {
        var command = new NpgsqlBatchCommand("""
            INSERT INTO workflows.journal (instance_id, sequence, at, activity_id, activity_type, kind, outcomes, message)
            SELECT @instance, j.* FROM unnest(@seq, @at, @activity, @type, @kind, @outcomes, @message)
                AS j(sequence, at, activity_id, activity_type, kind, outcomes, message)
            """);
        command.Parameters.AddWithValue("instance", instanceId);
        command.Parameters.AddWithValue("seq", journal.Select(j => j.Sequence).ToArray());
        command.Parameters.AddWithValue("at", journal.Select(j => j.At).ToArray());
        command.Parameters.Add(TextArray("activity", journal.Select(j => j.ActivityId)));
        command.Parameters.Add(TextArray("type", journal.Select(j => j.ActivityType)));
        command.Parameters.AddWithValue("kind", journal.Select(j => j.Kind.ToString()).ToArray());
        command.Parameters.Add(TextArray("outcomes", journal.Select(j => j.Outcomes)));
        command.Parameters.Add(TextArray("message", journal.Select(j => j.Message)));
        batch.BatchCommands.Add(command);
    }

    private static NpgsqlParameter TextArray(string name, IEnumerable<string?> values) =>
        new(name, NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = values.Select(v => (object?)v ?? DBNull.Value).ToArray() };
}
