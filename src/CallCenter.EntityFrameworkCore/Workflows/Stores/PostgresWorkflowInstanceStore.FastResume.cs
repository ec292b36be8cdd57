using CallCenter.Workflows.Execution;
using CallCenter.Workflows.Models;
using CallCenter.Workflows.Runtime;
using Npgsql;

namespace CallCenter.Workflows.Stores;

public sealed partial class PostgresWorkflowInstanceStore
{
    /// <summary>
    /// {0} is the bookmark match. The oldest free waiting instance is either leased (and the stimulus stored, claimed by it)
    /// or — when @optimistic and its bookmark resumes without side effects — only read, the stimulus not stored
    /// (ADR 0200 D11). The leased id goes into a transaction-local setting for the claim statement that follows.
    /// </summary>
    private const string LeaseForStimulus = """
        WITH target AS (
            SELECT b.instance_id, (@optimistic AND b.side_effect_free AND i.lease_owner IS NULL AND i.status = 'Suspended') AS optimistic
            FROM workflows.bookmarks b JOIN workflows.instances i ON i.id = b.instance_id
            WHERE {0} AND (i.lease_owner IS NULL OR i.lease_until < @now)
            ORDER BY b.created_at LIMIT 1),
        leased AS (
            UPDATE workflows.instances i SET lease_owner = @owner, lease_until = @until, row_version = i.row_version + 1
            FROM target WHERE i.id = target.instance_id AND NOT target.optimistic AND (i.lease_owner IS NULL OR i.lease_until < @now)
            RETURNING i.id, i.row_version, i.state::text AS state),
        unleased AS (
            SELECT i.id, i.row_version, i.state::text AS state FROM workflows.instances i JOIN target ON i.id = target.instance_id
            WHERE target.optimistic),
        inserted AS (
            INSERT INTO workflows.stimuli (name, hash, correlation_id, bookmark_id, is_timer, payload, created_at, expires_at, claimed_by, claim_until)
            SELECT @name, @hash, @correlation, @bookmark, @timer, @payload::jsonb, @created, @expires,
                   (SELECT id FROM leased), (SELECT @until::timestamptz FROM leased)
            WHERE NOT EXISTS (SELECT 1 FROM target WHERE target.optimistic)
            RETURNING id)
        SELECT (SELECT id FROM inserted), coalesce(l.id, u.id), coalesce(l.row_version, u.row_version), coalesce(l.state, u.state),
               u.id IS NOT NULL AS optimistic,
               set_config('synchronous_commit', CASE WHEN l.id IS NULL THEN current_setting('synchronous_commit') ELSE 'off' END, true),
               set_config('workflows.leased', coalesce(l.id, ''), true)
        FROM (SELECT 1) AS one LEFT JOIN leased l ON true LEFT JOIN unleased u ON true
        """;

    private static readonly string LeaseByHash = string.Format(LeaseForStimulus, "b.hash = @hash");
    private static readonly string LeaseByBookmark = string.Format(LeaseForStimulus, "b.id = @bookmark");

    /// <summary>
    /// One round trip, one implicit transaction: insert the stimulus already claimed by the instance it leases (the
    /// oldest free one waiting for it), or optimistically only read that instance (see LeaseForStimulus). Then, in a
    /// second statement with a fresh snapshot that sees bookmarks the previous holder just committed, claim the leased
    /// instance's other pending stimuli, so events stay first-in first-out (nothing to do when nothing was leased).
    /// The commit is asynchronous only when an instance was leased (see the interface for why that is safe).
    /// </summary>
    public async Task<EnqueuedStimulus> EnqueueAndLeaseAsync(StimulusRecord s, string owner, DateTimeOffset now, DateTimeOffset until,
        bool optimistic, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        await using var batch = _db.CreateBatch();
        var lease = new NpgsqlBatchCommand(s.BookmarkId is null ? LeaseByHash : LeaseByBookmark);
        AddStimulusParameters(lease.Parameters, s);
        lease.Parameters.AddWithValue("now", now);
        lease.Parameters.AddWithValue("owner", owner);
        lease.Parameters.AddWithValue("until", until);
        lease.Parameters.AddWithValue("optimistic", optimistic);
        batch.BatchCommands.Add(lease);
        Add(batch, $"""
            UPDATE workflows.stimuli s SET claimed_by = mine.instance_id, claim_until = @until
            FROM (SELECT nullif(current_setting('workflows.leased', true), '') AS instance_id) AS mine
            WHERE mine.instance_id IS NOT NULL AND s.processed_at IS NULL AND s.expires_at >= @now AND (s.claim_until IS NULL OR s.claim_until < @now)
              AND ((s.bookmark_id IS NOT NULL AND s.bookmark_id IN (SELECT b.id FROM workflows.bookmarks b WHERE b.instance_id = mine.instance_id))
                   OR (s.bookmark_id IS NULL AND s.hash IN (SELECT b.hash FROM workflows.bookmarks b WHERE b.instance_id = mine.instance_id)))
            RETURNING {StimulusReader.Columns}
            """, ("now", now), ("until", until));

        await using var reader = await batch.ExecuteReaderAsync(InFlight);
        await reader.ReadAsync(InFlight);
        var id = reader.IsDBNull(0) ? 0 : reader.GetInt64(0);
        if (reader.IsDBNull(1)) return new EnqueuedStimulus(id, null);
        var rowVersion = reader.GetInt64(2);
        var state = WorkflowJson.Deserialize<WorkflowState>(reader.GetString(3));
        if (reader.GetBoolean(4)) return new EnqueuedStimulus(0, null) { Unleased = new LeasedInstance(state, rowVersion, []) };
        await reader.NextResultAsync(InFlight);
        var claimed = await StimulusReader.ReadAllAsync(reader, InFlight);
        claimed.Add(s with { Id = id });
        return new EnqueuedStimulus(id, new LeasedInstance(state, rowVersion, claimed));
    }
}
