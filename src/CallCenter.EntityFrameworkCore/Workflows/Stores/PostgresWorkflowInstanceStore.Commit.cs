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

    private const string PendingForInstance = """
        SELECT EXISTS (SELECT 1 FROM workflows.bookmarks b JOIN workflows.stimuli s
            ON ((s.bookmark_id IS NOT NULL AND s.bookmark_id = b.id) OR (s.bookmark_id IS NULL AND s.hash = b.hash))
            WHERE b.instance_id = @id AND s.processed_at IS NULL AND s.expires_at >= @now
              AND (s.claim_until IS NULL OR s.claim_until < @now))
        """;

    /// <summary>
    /// One round trip. The commit's writes are one statement (<see cref="GuardedCommitStatement"/>) whose guard raises WF001
    /// if the state write matched no row (lease lost, row version moved, or an instance with this id already exists) — or
    /// WF002 for a start whose cached version is no longer published — which aborts and rolls back the transaction. The
    /// (instance, first sequence) journal key is a second guard. Without an inbox check the batch is one implicit
    /// transaction (no BEGIN/COMMIT); with one, it is BEGIN … COMMIT followed by the check, so the check runs after the
    /// commit is durable (it must see every stimulus committed before ours) without a second round trip.
    /// </summary>
    public async Task<CommitResult> CommitAsync(InstanceCommit c, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var s = c.State;
        var current = s.Bookmarks.Select(b => b.Id).ToHashSet(StringComparer.Ordinal);
        var removed = c.PreviousBookmarkIds.Where(b => !current.Contains(b)).ToArray();
        var added = s.Bookmarks.Where(b => !c.PreviousBookmarkIds.Contains(b.Id)).ToList();
        var checkInbox = c.CheckInboxAfterCommit && s.Bookmarks.Count > 0;

        await using var connection = await _db.OpenConnectionAsync(InFlight);
        await using var batch = new NpgsqlBatch(connection);
        if (checkInbox) Add(batch, "BEGIN");
        batch.BatchCommands.Add(GuardedCommitStatement.Create(c, removed, added));
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
            bool? pending = null;
            await using var reader = await batch.ExecuteReaderAsync(InFlight);
            await reader.ReadAsync(InFlight);
            var rowVersion = reader.GetInt64(0);
            var cancelled = reader.IsDBNull(1) ? [] : reader.GetFieldValue<string[]>(1);
            // Statements without rows are skipped by NextResult: what is left is the inbox check, if any.
            while (await reader.NextResultAsync(InFlight))
                if (checkInbox && await reader.ReadAsync(InFlight)) pending = reader.GetBoolean(0);
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
}
