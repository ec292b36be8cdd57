using CallCenter.Workflows.Runtime;

namespace CallCenter.Workflows.Stores;

public sealed partial class PostgresWorkflowInstanceStore
{
    public async Task<bool> TryClaimRetentionAsync(DateTimeOffset now, DateTimeOffset ranBefore, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        // The row lock serialises racing nodes; the loser re-checks the WHERE on the updated row and gets nothing back.
        await using var command = _db.CreateCommand("""
            INSERT INTO workflows.maintenance (name, last_run_at) VALUES ('retention', @now)
            ON CONFLICT (name) DO UPDATE SET last_run_at = excluded.last_run_at WHERE maintenance.last_run_at <= @before
            RETURNING 1
            """);
        command.Parameters.AddWithValue("now", now);
        command.Parameters.AddWithValue("before", ranBefore);
        return await command.ExecuteScalarAsync(InFlight) is not null;
    }

    public async Task<PurgeResult> PurgeAsync(DateTimeOffset cutoff, int max, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        // Two statements in one short implicit transaction, bounded by max rows each. SKIP LOCKED: an instance someone is touching right
        // now (a late cancel) is simply left for the next pass.
        await using var batch = _db.CreateBatch();
        Add(batch, """
            WITH doomed AS (
                SELECT id FROM workflows.instances
                WHERE finished_at IS NOT NULL AND finished_at < @cutoff AND status IN ('Finished', 'Cancelled')
                ORDER BY finished_at LIMIT @max FOR UPDATE SKIP LOCKED),
            journal AS (DELETE FROM workflows.journal WHERE instance_id IN (SELECT id FROM doomed) RETURNING jsonb_array_length(entries) AS lines),
            bookmarks AS (DELETE FROM workflows.bookmarks WHERE instance_id IN (SELECT id FROM doomed) RETURNING 1),
            gone AS (DELETE FROM workflows.instances WHERE id IN (SELECT id FROM doomed) RETURNING 1)
            SELECT (SELECT count(*) FROM gone)::int, (SELECT coalesce(sum(lines), 0) FROM journal)::int
            """, ("cutoff", cutoff), ("max", max));
        Add(batch, """
            WITH gone AS (
                DELETE FROM workflows.stimuli WHERE id IN (
                    SELECT id FROM workflows.stimuli
                    WHERE created_at < @cutoff AND (processed_at IS NOT NULL OR expires_at < @cutoff)
                    ORDER BY id LIMIT @max)
                RETURNING 1)
            SELECT count(*)::int FROM gone
            """, ("cutoff", cutoff), ("max", max));
        await using var reader = await batch.ExecuteReaderAsync(InFlight);
        await reader.ReadAsync(InFlight);
        var (instances, journal) = (reader.GetInt32(0), reader.GetInt32(1));
        await reader.NextResultAsync(InFlight);
        await reader.ReadAsync(InFlight);
        return new PurgeResult(instances, journal, reader.GetInt32(0));
    }
}
