using System.Collections.Concurrent;
using System.Text;
using CallCenter.Workflows.Execution;
using CallCenter.Workflows.Models;
using CallCenter.Workflows.Runtime;
using Npgsql;
using NpgsqlTypes;

namespace CallCenter.Workflows.Stores;

/// <summary>
/// A commit's writes as ONE statement: the guarded state write and, as data-modifying CTEs beside it, the bookmark diff,
/// the journal row, the consumed stimuli and the released claims. One statement instead of five saves PostgreSQL a
/// bind/execute/snapshot each and the client their messages. The guard is unchanged: when the state write matched no
/// row the final SELECT calls workflows.lease_lost() (or definition_changed()), which aborts the statement — every CTE
/// with it. All CTEs share one snapshot, so no two of them touch the same row (released claims exclude consumed ids).
/// </summary>
internal static class GuardedCommitStatement
{
    private const string InsertInstance = """
        INSERT INTO workflows.instances (id, definition_id, definition_version, status, correlation_id, parent_instance_id,
            incident_count, state, lease_owner, lease_until, row_version, created_at, updated_at, finished_at)
        VALUES (@id, @def, @ver, @status, @corr, @parent, @incidents, @state::jsonb, @owner, @until, 1, @now, @now, @finished)
        ON CONFLICT (id) DO NOTHING RETURNING row_version
        """;

    private const string UpdateInstance = """
        UPDATE workflows.instances SET state = @state::jsonb, status = @status, correlation_id = @corr, incident_count = @incidents,
            lease_owner = @newOwner, lease_until = @until, row_version = row_version + 1, updated_at = @now, finished_at = @finished
        WHERE id = @id AND lease_owner = @owner AND row_version = @expected
        RETURNING row_version
        """;

    /// <summary>
    /// The optimistic commit (ADR 0200 D11): no lease was taken, so the guard is "still unleased at the row version this run
    /// read, and no pending stimulus waits for a bookmark it had" — an event already in the inbox is never overtaken.
    /// </summary>
    private const string UpdateInstanceOptimistic = """
        UPDATE workflows.instances SET state = @state::jsonb, status = @status, correlation_id = @corr, incident_count = @incidents,
            lease_owner = NULL, lease_until = NULL, row_version = row_version + 1, updated_at = @now, finished_at = @finished
        WHERE id = @id AND row_version = @expected AND lease_owner IS NULL
          AND NOT EXISTS (SELECT 1 FROM workflows.stimuli s WHERE s.processed_at IS NULL AND s.expires_at >= @now
                          AND ((s.bookmark_id IS NULL AND s.hash = ANY(@waitHashes)) OR s.bookmark_id = ANY(@waitIds)))
        RETURNING row_version
        """;

    private const string Published = """
        published AS (SELECT EXISTS (SELECT 1 FROM workflows.definitions
                      WHERE definition_id = @def AND version = @ver AND is_published) AS ok)
        """;

    private const string Removed = "removed AS (DELETE FROM workflows.bookmarks WHERE id = ANY(@removedIds) RETURNING job_id)";

    private const string Added = """
        added AS (INSERT INTO workflows.bookmarks (id, instance_id, activity_id, name, hash, correlation_id, due_at, side_effect_free, created_at)
            SELECT b.id, @id, b.activity_id, b.name, b.hash, b.correlation_id, b.due_at, b.side_effect_free, @now
            FROM unnest(@addedIds, @activities, @names, @hashes, @correlations, @dues, @sideEffectFree)
                 AS b(id, activity_id, name, hash, correlation_id, due_at, side_effect_free))
        """;

    private const string Journal = "journal AS (INSERT INTO workflows.journal (instance_id, sequence, entries) VALUES (@id, @seq, @entries::jsonb))";

    private const string Consumed = """
        consumed AS (UPDATE workflows.stimuli SET processed_at = @now, consumed_by = @id
                     WHERE id = ANY(@consumedIds) AND processed_at IS NULL)
        """;

    private const string Released = """
        released AS (UPDATE workflows.stimuli SET claimed_by = NULL, claim_until = NULL
                     WHERE claimed_by = @id AND processed_at IS NULL AND NOT (id = ANY(@consumedIds)))
        """;

    [Flags]
    private enum Parts { None = 0, New = 1, RequirePublished = 2, Removed = 4, Added = 8, Journal = 16, Consumed = 32, Released = 64, Optimistic = 128 }

    /// <summary>One text per combination of parts, so Npgsql's auto-prepare sees the same few statements over and over.</summary>
    private static readonly ConcurrentDictionary<Parts, string> Texts = new();

    /// <summary>The statement; its one row is (row_version, job ids of removed bookmarks).</summary>
    public static NpgsqlBatchCommand Create(InstanceCommit c, IReadOnlyCollection<string> removed, IReadOnlyList<BookmarkState> added)
    {
        var s = c.State;
        var parts = (c.IsNew ? Parts.New : c.Optimistic ? Parts.Optimistic : Parts.None)
                    | (c.IsNew && c.RequirePublishedVersion ? Parts.RequirePublished : Parts.None)
                    | (removed.Count > 0 ? Parts.Removed : Parts.None)
                    | (added.Count > 0 ? Parts.Added : Parts.None)
                    | (c.Journal.Count > 0 ? Parts.Journal : Parts.None)
                    | (c.ConsumedStimuli.Count > 0 ? Parts.Consumed : Parts.None)
                    | (c.KeepLeaseUntil is null && !c.IsNew && c.ReleaseClaims ? Parts.Released : Parts.None);
        var command = new NpgsqlBatchCommand(Texts.GetOrAdd(parts, Compose));
        var p = command.Parameters;
        DateTimeOffset? finished = s.Status is WorkflowStatus.Finished or WorkflowStatus.Cancelled ? c.Now : null;
        p.AddWithValue("id", s.InstanceId);
        p.AddWithValue("state", WorkflowJson.Serialize(s));
        p.AddWithValue("status", s.Status.ToString());
        p.AddWithValue("corr", (object?)s.CorrelationId ?? DBNull.Value);
        p.AddWithValue("incidents", s.Incidents?.Count(i => !i.Resolved) ?? 0);
        p.AddWithValue("until", NpgsqlDbType.TimestampTz, (object?)c.KeepLeaseUntil ?? DBNull.Value);
        p.AddWithValue("now", c.Now);
        p.AddWithValue("finished", NpgsqlDbType.TimestampTz, (object?)finished ?? DBNull.Value);
        if (c.IsNew)
        {
            p.AddWithValue("def", s.DefinitionId);
            p.AddWithValue("ver", s.DefinitionVersion);
            p.AddWithValue("parent", NpgsqlDbType.Varchar, (object?)s.ParentInstanceId ?? DBNull.Value);
            p.AddWithValue("owner", NpgsqlDbType.Varchar, c.KeepLeaseUntil is null ? DBNull.Value : c.Owner);
        }
        else if (c.Optimistic)
        {
            p.AddWithValue("expected", c.ExpectedRowVersion);
            p.AddWithValue("waitHashes", c.PreviousBookmarkHashes.ToArray());
            p.AddWithValue("waitIds", c.PreviousBookmarkIds.ToArray());
        }
        else
        {
            p.AddWithValue("newOwner", NpgsqlDbType.Varchar, c.KeepLeaseUntil is null ? DBNull.Value : c.Owner);
            p.AddWithValue("owner", c.Owner);
            p.AddWithValue("expected", c.ExpectedRowVersion);
        }
        if (parts.HasFlag(Parts.Removed)) p.AddWithValue("removedIds", removed.ToArray());
        if (parts.HasFlag(Parts.Added))
        {
            p.AddWithValue("addedIds", added.Select(b => b.Id).ToArray());
            p.AddWithValue("activities", added.Select(b => b.ActivityId).ToArray());
            p.AddWithValue("names", added.Select(b => b.Name).ToArray());
            p.AddWithValue("hashes", added.Select(b => b.Hash).ToArray());
            p.Add(new NpgsqlParameter("correlations", NpgsqlDbType.Array | NpgsqlDbType.Text)
                { Value = added.Select(b => (object?)b.CorrelationId ?? DBNull.Value).ToArray() });
            p.Add(new NpgsqlParameter("dues", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz)
                { Value = added.Select(b => b.DueAt is { } d ? (object)d : DBNull.Value).ToArray() });
            p.AddWithValue("sideEffectFree", added.Select(b => c.ResumesWithoutSideEffects(b.ActivityId)).ToArray());
        }
        if (parts.HasFlag(Parts.Journal))
        {
            p.AddWithValue("seq", c.Journal[0].Sequence);
            p.AddWithValue("entries", WorkflowJson.Serialize(c.Journal));
        }
        if (parts.HasFlag(Parts.Consumed) || parts.HasFlag(Parts.Released)) p.AddWithValue("consumedIds", c.ConsumedStimuli.ToArray());
        return command;
    }

    private static string Compose(Parts parts)
    {
        var ctes = new List<string>();
        if (parts.HasFlag(Parts.RequirePublished)) ctes.Add(Published);
        var write = parts.HasFlag(Parts.New) ? InsertInstance : parts.HasFlag(Parts.Optimistic) ? UpdateInstanceOptimistic : UpdateInstance;
        ctes.Add($"written AS ({write})");
        if (parts.HasFlag(Parts.Removed)) ctes.Add(Removed);
        if (parts.HasFlag(Parts.Added)) ctes.Add(Added);
        if (parts.HasFlag(Parts.Journal)) ctes.Add(Journal);
        if (parts.HasFlag(Parts.Consumed)) ctes.Add(Consumed);
        if (parts.HasFlag(Parts.Released)) ctes.Add(Released);
        var guard = "coalesce((SELECT row_version FROM written), workflows.lease_lost())";
        // CASE evaluates in order: a version that is no longer published is reported as such.
        if (parts.HasFlag(Parts.RequirePublished)) guard = $"CASE WHEN (SELECT ok FROM published) THEN {guard} ELSE workflows.definition_changed() END";
        var jobs = parts.HasFlag(Parts.Removed) ? "(SELECT array_agg(job_id) FROM removed WHERE job_id IS NOT NULL)" : "NULL::text[]";
        return new StringBuilder("WITH ").AppendJoin(",\n", ctes).Append("\nSELECT ").Append(guard).Append(", ").Append(jobs).ToString();
    }
}
