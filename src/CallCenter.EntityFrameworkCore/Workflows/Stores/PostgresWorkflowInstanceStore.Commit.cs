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

    /// <summary>The SQLSTATE of workflows.definition_changed(): a cached published version that is no longer published.</summary>
    private const string DefinitionChangedState = "WF002";

    public bool GuardsPublishedVersion => true;

    private const string InsertInstance = """
        INSERT INTO workflows.instances (id, definition_id, definition_version, status, correlation_id, parent_instance_id,
            incident_count, state, lease_owner, lease_until, row_version, created_at, updated_at, finished_at)
        VALUES (@id, @def, @ver, @status, @corr, @parent, @incidents, @state::jsonb, @owner, @until, 1, @now, @now, @finished)
        ON CONFLICT (id) DO NOTHING RETURNING row_version
        """;

    private const string InsertGuarded = $"""
        WITH written AS ({InsertInstance})
        SELECT coalesce((SELECT row_version FROM written), workflows.lease_lost())
        """;

    // CASE evaluates in order: a version that is no longer published is reported as such (and the insert rolled back).
    private const string InsertGuardedPublished = $"""
        WITH published AS (SELECT EXISTS (SELECT 1 FROM workflows.definitions
                               WHERE definition_id = @def AND version = @ver AND is_published) AS ok),
             written AS ({InsertInstance})
        SELECT CASE WHEN (SELECT ok FROM published) THEN coalesce((SELECT row_version FROM written), workflows.lease_lost())
                    ELSE workflows.definition_changed() END
        """;

    private const string UpdateGuarded = """
        WITH written AS (
            UPDATE workflows.instances SET state = @state::jsonb, status = @status, correlation_id = @corr, incident_count = @incidents,
                lease_owner = @newOwner, lease_until = @until, row_version = row_version + 1, updated_at = @now, finished_at = @finished
            WHERE id = @id AND lease_owner = @owner AND row_version = @expected
            RETURNING row_version)
        SELECT coalesce((SELECT row_version FROM written), workflows.lease_lost())
        """;

    private const string PendingForInstance = """
        SELECT EXISTS (SELECT 1 FROM workflows.bookmarks b JOIN workflows.stimuli s
            ON ((s.bookmark_id IS NOT NULL AND s.bookmark_id = b.id) OR (s.bookmark_id IS NULL AND s.hash = b.hash))
            WHERE b.instance_id = @id AND s.processed_at IS NULL AND s.expires_at >= @now
              AND (s.claim_until IS NULL OR s.claim_until < @now))
        """;

    /// <summary>
    /// One round trip. The state write comes first and raises WF001 if it matched no row (lease lost, row version moved,
    /// or an instance with this id already exists) — or WF002 for a start whose cached version is no longer published —
    /// which aborts and rolls back every statement of the transaction. The unique (instance, first sequence) journal key
    /// is a second guard. Without an inbox check the batch is one implicit transaction (no BEGIN/COMMIT); with one, the
    /// batch is BEGIN … COMMIT followed by the check, so the check runs after the commit is durable (it must see every
    /// stimulus committed before ours) without a second round trip.
    /// </summary>
    public async Task<CommitResult> CommitAsync(InstanceCommit c, CancellationToken ct)
    {
        var s = c.State;
        var stateJson = WorkflowJson.Serialize(s);
        var current = s.Bookmarks.Select(b => b.Id).ToHashSet(StringComparer.Ordinal);
        var removed = c.PreviousBookmarkIds.Where(b => !current.Contains(b)).ToArray();
        var added = s.Bookmarks.Where(b => !c.PreviousBookmarkIds.Contains(b.Id)).ToList();
        DateTimeOffset? finished = s.Status is WorkflowStatus.Finished or WorkflowStatus.Cancelled ? c.Now : null;
        var checkInbox = c.CheckInboxAfterCommit && s.Bookmarks.Count > 0;

        await using var connection = await _db.OpenConnectionAsync(ct);
        await using var batch = new NpgsqlBatch(connection);
        if (checkInbox) Add(batch, "BEGIN");
        if (c.IsNew)
            Add(batch, c.RequirePublishedVersion ? InsertGuardedPublished : InsertGuarded,
                ("id", s.InstanceId), ("def", s.DefinitionId), ("ver", s.DefinitionVersion), ("status", s.Status.ToString()),
                ("corr", s.CorrelationId), ("parent", s.ParentInstanceId), ("incidents", s.Incidents?.Count(i => !i.Resolved) ?? 0),
                ("state", stateJson), ("owner", c.KeepLeaseUntil is null ? null : c.Owner), ("until", c.KeepLeaseUntil), ("now", c.Now),
                ("finished", finished));
        else
            Add(batch, UpdateGuarded, ("state", stateJson), ("status", s.Status.ToString()), ("corr", s.CorrelationId),
                ("incidents", s.Incidents?.Count(i => !i.Resolved) ?? 0), ("newOwner", c.KeepLeaseUntil is null ? null : c.Owner),
                ("until", c.KeepLeaseUntil), ("now", c.Now), ("finished", finished), ("id", s.InstanceId), ("owner", c.Owner),
                ("expected", c.ExpectedRowVersion));
        if (removed.Length > 0) Add(batch, "DELETE FROM workflows.bookmarks WHERE id = ANY(@ids) RETURNING job_id", ("ids", removed));
        if (added.Count > 0) AddBookmarks(batch, s.InstanceId, added, c.Now);
        if (c.Journal.Count > 0)
            Add(batch, "INSERT INTO workflows.journal (instance_id, sequence, entries) VALUES (@instance, @seq, @entries::jsonb)",
                ("instance", s.InstanceId), ("seq", c.Journal[0].Sequence), ("entries", WorkflowJson.Serialize(c.Journal)));
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
        if (checkInbox)
        {
            Add(batch, "COMMIT");
            Add(batch, PendingForInstance, ("id", s.InstanceId), ("now", c.Now));
        }

        try
        {
            var cancelled = new List<string>();
            bool? pending = null;
            await using var reader = await batch.ExecuteReaderAsync(ct);
            await reader.ReadAsync(ct);
            var rowVersion = reader.GetInt64(0);
            if (removed.Length > 0)
            {
                await reader.NextResultAsync(ct);
                while (await reader.ReadAsync(ct))
                    if (!reader.IsDBNull(0)) cancelled.Add(reader.GetString(0));
            }
            // Statements without rows are skipped by NextResult: what is left is the inbox check, if any.
            while (await reader.NextResultAsync(ct))
                if (checkInbox && await reader.ReadAsync(ct)) pending = reader.GetBoolean(0);
            return new CommitResult(true, rowVersion, cancelled) { HasPendingStimuli = pending };
        }
        catch (PostgresException e) when (e.SqlState is LeaseLostState or DefinitionChangedState or PostgresErrorCodes.UniqueViolation)
        {
            // Our lease expired and someone else took over (or committed these steps), or the version moved: nothing of ours landed.
            if (checkInbox) await RollbackAsync(connection);
            return e.SqlState == DefinitionChangedState ? CommitResult.DefinitionChanged : CommitResult.Lost;
        }
        catch when (checkInbox)
        {
            await RollbackAsync(connection);
            throw;
        }
    }

    /// <summary>After a failed BEGIN … COMMIT batch the session sits in an aborted transaction; end it before the pool reuses it.</summary>
    private static async Task RollbackAsync(NpgsqlConnection connection)
    {
        if (connection.FullState != System.Data.ConnectionState.Open) return;
        try
        {
            await using var rollback = new NpgsqlCommand("ROLLBACK", connection);
            await rollback.ExecuteNonQueryAsync(CancellationToken.None);
        }
        catch (NpgsqlException)
        {
            // A broken connection is discarded by the pool anyway.
        }
    }

    private static void AddBookmarks(NpgsqlBatch batch, string instanceId, List<BookmarkState> added, DateTimeOffset now)
    {
        var command = Add(batch, """
            INSERT INTO workflows.bookmarks (id, instance_id, activity_id, name, hash, correlation_id, due_at, created_at)
            SELECT b.id, @instance, b.activity_id, b.name, b.hash, b.correlation_id, b.due_at, @now
            FROM unnest(@ids, @activities, @names, @hashes, @correlations, @dues) AS b(id, activity_id, name, hash, correlation_id, due_at)
            """, ("instance", instanceId), ("now", now), ("ids", added.Select(b => b.Id).ToArray()),
            ("activities", added.Select(b => b.ActivityId).ToArray()), ("names", added.Select(b => b.Name).ToArray()),
            ("hashes", added.Select(b => b.Hash).ToArray()));
        command.Parameters.Add(new NpgsqlParameter("correlations", NpgsqlDbType.Array | NpgsqlDbType.Text)
            { Value = added.Select(b => (object?)b.CorrelationId ?? DBNull.Value).ToArray() });
        command.Parameters.Add(new NpgsqlParameter("dues", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz)
            { Value = added.Select(b => b.DueAt is { } d ? (object)d : DBNull.Value).ToArray() });
    }
}
