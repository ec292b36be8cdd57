using CallCenter.Workflows.Execution;
using CallCenter.Workflows.Models;
using CallCenter.Workflows.Runtime;
using Npgsql;

namespace CallCenter.Workflows.Stores;

public sealed partial class PostgresWorkflowInstanceStore
{
    private const string LeaseForStimulus = """
        WITH target AS (
            SELECT b.instance_id FROM workflows.bookmarks b JOIN workflows.instances i ON i.id = b.instance_id
            WHERE {0} AND (i.lease_owner IS NULL OR i.lease_until < @now)
            ORDER BY b.created_at LIMIT 1),
        leased AS (
            UPDATE workflows.instances i SET lease_owner = @owner, lease_until = @until, row_version = i.row_version + 1
            FROM target WHERE i.id = target.instance_id AND (i.lease_owner IS NULL OR i.lease_until < @now)
            RETURNING i.id, i.row_version, i.state::text AS state),
        inserted AS (
            INSERT INTO workflows.stimuli (name, hash, correlation_id, bookmark_id, is_timer, payload, created_at, expires_at, claimed_by, claim_until)
            VALUES (@name, @hash, @correlation, @bookmark, @timer, @payload::jsonb, @created, @expires,
                    (SELECT id FROM leased), (SELECT @until::timestamptz FROM leased))
            RETURNING id)
        SELECT (SELECT id FROM inserted), l.id, l.row_version, l.state,
               set_config('synchronous_commit', CASE WHEN l.id IS NULL THEN current_setting('synchronous_commit') ELSE 'off' END, true)
        FROM (SELECT 1) AS one LEFT JOIN leased l ON true
        """;

    private static readonly string LeaseByHash = string.Format(LeaseForStimulus, "b.hash = @hash");
    private static readonly string LeaseByBookmark = string.Format(LeaseForStimulus, "b.id = @bookmark");

    /// <summary>
    /// One round trip, one implicit transaction: insert the stimulus already claimed by the instance it leases (the
    /// oldest free one waiting for it), then — a second statement, so with a fresh snapshot that sees bookmarks the
    /// previous holder just committed — claim that instance's other pending stimuli, so events stay first-in first-out.
    /// The commit is asynchronous only when an instance was leased (see the interface for why that is safe).
    /// </summary>
    public async Task<EnqueuedStimulus> EnqueueAndLeaseAsync(StimulusRecord s, string owner, DateTimeOffset now, DateTimeOffset until,
        CancellationToken ct)
    {
        await using var batch = _db.CreateBatch();
        var lease = new NpgsqlBatchCommand(s.BookmarkId is null ? LeaseByHash : LeaseByBookmark);
        AddStimulusParameters(lease.Parameters, s);
        lease.Parameters.AddWithValue("now", now);
        lease.Parameters.AddWithValue("owner", owner);
        lease.Parameters.AddWithValue("until", until);
        batch.BatchCommands.Add(lease);
        Add(batch, $"""
            UPDATE workflows.stimuli s SET claimed_by = mine.claimed_by, claim_until = mine.claim_until
            FROM (SELECT claimed_by, claim_until FROM workflows.stimuli
                  WHERE id = currval(pg_get_serial_sequence('workflows.stimuli', 'id')) AND claimed_by IS NOT NULL) AS mine
            WHERE s.processed_at IS NULL AND s.expires_at >= @now AND (s.claim_until IS NULL OR s.claim_until < @now)
              AND ((s.bookmark_id IS NOT NULL AND s.bookmark_id IN (SELECT b.id FROM workflows.bookmarks b WHERE b.instance_id = mine.claimed_by))
                   OR (s.bookmark_id IS NULL AND s.hash IN (SELECT b.hash FROM workflows.bookmarks b WHERE b.instance_id = mine.claimed_by)))
            RETURNING {StimulusReader.Columns}
            """, ("now", now));

        await using var reader = await batch.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        var id = reader.GetInt64(0);
        if (reader.IsDBNull(1)) return new EnqueuedStimulus(id, null);
        var rowVersion = reader.GetInt64(2);
        var state = WorkflowJson.Deserialize<WorkflowState>(reader.GetString(3));
        await reader.NextResultAsync(ct);
        var claimed = await StimulusReader.ReadAllAsync(reader, ct);
        claimed.Add(s with { Id = id });
        return new EnqueuedStimulus(id, new LeasedInstance(state, rowVersion, claimed));
    }
}
