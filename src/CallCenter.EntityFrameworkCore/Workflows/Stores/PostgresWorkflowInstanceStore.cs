using CallCenter.Workflows.Execution;
using CallCenter.Workflows.Models;
using CallCenter.Workflows.Runtime;
using Npgsql;
using NpgsqlTypes;

namespace CallCenter.Workflows.Stores;

/// <summary>
/// Instances, bookmarks, inbox and journal on PostgreSQL with hand-written SQL: this is the hot path, and each
/// operation is one short statement or one batched transaction. No row lock outlives a statement; the lease
/// (owner + expiry) and the row version give a run exclusivity without holding a transaction open.
/// </summary>
public sealed partial class PostgresWorkflowInstanceStore(WorkflowsDataSource source) : IWorkflowInstanceStore
{
    private readonly NpgsqlDataSource _db = source.DataSource;

    /// <summary>
    /// The token every Npgsql call here gets: none. A caller's token (an HTTP request's, a call's) is checked before a
    /// statement starts and never once it is on the wire. In Npgsql 10.0.3, a token that fired while an auto-prepared
    /// batch was still being sent (a parameter larger than the 8 KB write buffer: a state, a journal, an event payload)
    /// could leave that batch's answers unread on the connection, which went back to the pool; the next command on it
    /// read them as its own — "Received unexpected backend message DataRow" at a commit's prepared BEGIN (issue 15, ADR
    /// 0200 amendment; NpgsqlProtocolStressTests). Each statement is one short round trip, so waiting for it costs little.
    /// </summary>
    internal static CancellationToken InFlight => CancellationToken.None;

    public async Task<LeasedInstance?> TryLeaseAsync(string instanceId, string owner, DateTimeOffset now, DateTimeOffset until, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        // One round trip: the batch is one implicit transaction. The claim is a second statement, so it runs with a
        // fresh snapshot (it sees the bookmarks the previous holder just committed) and only if the lease is ours. Its
        // commit need not wait for the disk: if a database crash loses it, the row version reverts, this node's commit
        // is refused and the run is redone from the last durable state — so the lease is the one write that may be
        // asynchronous.
        await using var batch = _db.CreateBatch();
        Add(batch, "SELECT set_config('synchronous_commit', 'off', true)");
        Add(batch, """
            UPDATE workflows.instances SET lease_owner = @owner, lease_until = @until, row_version = row_version + 1
            WHERE id = @id AND (lease_owner IS NULL OR lease_until < @now)
            RETURNING row_version, state::text
            """, ("owner", owner), ("until", until), ("id", instanceId), ("now", now));
        Add(batch, $"""
            UPDATE workflows.stimuli SET claimed_by = @id, claim_until = @until
            WHERE processed_at IS NULL AND expires_at >= @now AND (claim_until IS NULL OR claim_until < @now)
              AND EXISTS (SELECT 1 FROM workflows.instances i WHERE i.id = @id AND i.lease_owner = @owner AND i.lease_until = @until)
              AND ((bookmark_id IS NOT NULL AND bookmark_id IN (SELECT b.id FROM workflows.bookmarks b WHERE b.instance_id = @id))
                   OR (bookmark_id IS NULL AND hash IN (SELECT b.hash FROM workflows.bookmarks b WHERE b.instance_id = @id)))
            RETURNING {StimulusReader.Columns}
            """, ("id", instanceId), ("until", until), ("now", now), ("owner", owner));
        await using var reader = await batch.ExecuteReaderAsync(InFlight);
        await reader.NextResultAsync(InFlight);
        if (!await reader.ReadAsync(InFlight)) return null;
        var rowVersion = reader.GetInt64(0);
        var state = WorkflowJson.Deserialize<WorkflowState>(reader.GetString(1));
        await reader.NextResultAsync(InFlight);
        // The WHERE is re-checked on each locked stimulus row, so two claimers of one stimulus cannot both win.
        return new LeasedInstance(state, rowVersion, await StimulusReader.ReadAllAsync(reader, InFlight));
    }

    public async Task ReleaseAsync(string instanceId, string owner, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        await using var batch = _db.CreateBatch();
        Add(batch, "UPDATE workflows.instances SET lease_owner = NULL, lease_until = NULL WHERE id = @id AND lease_owner = @owner",
            ("id", instanceId), ("owner", owner));
        Add(batch, "UPDATE workflows.stimuli SET claimed_by = NULL, claim_until = NULL WHERE claimed_by = @id AND processed_at IS NULL",
            ("id", instanceId));
        await batch.ExecuteNonQueryAsync(InFlight);
    }

    public async Task<long> EnqueueStimulusAsync(StimulusRecord s, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        await using var command = _db.CreateCommand("""
            INSERT INTO workflows.stimuli (name, hash, correlation_id, bookmark_id, is_timer, payload, created_at, expires_at)
            VALUES (@name, @hash, @correlation, @bookmark, @timer, @payload::jsonb, @created, @expires) RETURNING id
            """);
        AddStimulusParameters(command.Parameters, s);
        return (long)(await command.ExecuteScalarAsync(InFlight))!;
    }

    private static void AddStimulusParameters(NpgsqlParameterCollection p, StimulusRecord s)
    {
        p.AddWithValue("name", s.Name);
        p.AddWithValue("hash", s.Hash);
        p.AddWithValue("correlation", (object?)s.CorrelationId ?? DBNull.Value);
        p.AddWithValue("bookmark", (object?)s.BookmarkId ?? DBNull.Value);
        p.AddWithValue("timer", s.IsTimer);
        p.AddWithValue("payload", NpgsqlDbType.Text, (object?)s.Payload?.ToJsonString() ?? DBNull.Value);
        p.AddWithValue("created", s.CreatedAt);
        p.AddWithValue("expires", s.ExpiresAt);
    }

    public async Task<IReadOnlyList<string>> FindWaitingInstancesAsync(StimulusRecord stimulus, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        await using var command = stimulus.BookmarkId is { } bookmarkId
            ? _db.CreateCommand("SELECT instance_id FROM workflows.bookmarks WHERE id = @key")
            : _db.CreateCommand("SELECT instance_id FROM workflows.bookmarks WHERE hash = @key GROUP BY instance_id ORDER BY min(created_at) LIMIT 20");
        command.Parameters.AddWithValue("key", stimulus.BookmarkId ?? stimulus.Hash);
        return await ReadStringsAsync(command);
    }

    public async Task DiscardStimulusAsync(long stimulusId, DateTimeOffset now, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        await using var command = _db.CreateCommand(
            "UPDATE workflows.stimuli SET processed_at = @now WHERE id = @id AND processed_at IS NULL AND claimed_by IS NULL");
        command.Parameters.AddWithValue("now", now);
        command.Parameters.AddWithValue("id", stimulusId);
        await command.ExecuteNonQueryAsync(InFlight);
    }

    public async Task<bool> HasPendingStimuliForAsync(string instanceId, DateTimeOffset now, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        await using var command = _db.CreateCommand("""
            SELECT EXISTS (SELECT 1 FROM workflows.bookmarks b JOIN workflows.stimuli s
                ON ((s.bookmark_id IS NOT NULL AND s.bookmark_id = b.id) OR (s.bookmark_id IS NULL AND s.hash = b.hash))
                WHERE b.instance_id = @id AND s.processed_at IS NULL AND s.expires_at >= @now
                  AND (s.claim_until IS NULL OR s.claim_until < @now))
            """);
        command.Parameters.AddWithValue("id", instanceId);
        command.Parameters.AddWithValue("now", now);
        return (bool)(await command.ExecuteScalarAsync(InFlight))!;
    }

    public async Task<IReadOnlyList<StimulusRecord>> PendingStimuliAsync(DateTimeOffset now, int max, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        await using var command = _db.CreateCommand($"""
            SELECT {StimulusReader.Columns} FROM workflows.stimuli
            WHERE processed_at IS NULL AND expires_at >= @now AND (claim_until IS NULL OR claim_until < @now)
            ORDER BY id LIMIT @max
            """);
        command.Parameters.AddWithValue("now", now);
        command.Parameters.AddWithValue("max", max);
        await using var reader = await command.ExecuteReaderAsync(InFlight);
        return await StimulusReader.ReadAllAsync(reader, InFlight);
    }

    public async Task<IReadOnlyList<string>> OrphanedInstancesAsync(DateTimeOffset now, DateTimeOffset createdBefore, int max, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        await using var command = _db.CreateCommand("""
            SELECT id FROM workflows.instances
            WHERE status = 'Running' AND (lease_until < @now OR (lease_owner IS NULL AND updated_at <= @before))
            ORDER BY updated_at LIMIT @max
            """);
        command.Parameters.AddWithValue("now", now);
        command.Parameters.AddWithValue("before", createdBefore);
        command.Parameters.AddWithValue("max", max);
        return await ReadStringsAsync(command);
    }

    public async Task<IReadOnlyList<DueTimer>> UnscheduledTimersAsync(DateTimeOffset createdBefore, int max, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        await using var command = _db.CreateCommand("""
            SELECT id, instance_id, due_at FROM workflows.bookmarks
            WHERE due_at IS NOT NULL AND job_id IS NULL AND created_at <= @before ORDER BY created_at LIMIT @max
            """);
        command.Parameters.AddWithValue("before", createdBefore);
        command.Parameters.AddWithValue("max", max);
        await using var reader = await command.ExecuteReaderAsync(InFlight);
        var list = new List<DueTimer>();
        while (await reader.ReadAsync(InFlight)) list.Add(new DueTimer(reader.GetString(0), reader.GetString(1), reader.GetFieldValue<DateTimeOffset>(2)));
        return list;
    }

    public async Task SetTimerJobAsync(string bookmarkId, string jobId, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        await using var command = _db.CreateCommand("UPDATE workflows.bookmarks SET job_id = @job WHERE id = @id");
        command.Parameters.AddWithValue("job", jobId);
        command.Parameters.AddWithValue("id", bookmarkId);
        await command.ExecuteNonQueryAsync(InFlight);
    }

    public async Task<WorkflowState?> GetStateAsync(string instanceId, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        await using var command = _db.CreateCommand("SELECT state::text FROM workflows.instances WHERE id = @id");
        command.Parameters.AddWithValue("id", instanceId);
        return await command.ExecuteScalarAsync(InFlight) is string json ? WorkflowJson.Deserialize<WorkflowState>(json) : null;
    }

    public async Task<IReadOnlyList<JournalEntry>> GetJournalAsync(string instanceId, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        // One row per commit (see JournalRecord); rows and their lines are both in sequence order.
        await using var command = _db.CreateCommand("SELECT entries::text FROM workflows.journal WHERE instance_id = @id ORDER BY sequence");
        command.Parameters.AddWithValue("id", instanceId);
        await using var reader = await command.ExecuteReaderAsync(InFlight);
        var list = new List<JournalEntry>();
        while (await reader.ReadAsync(InFlight)) list.AddRange(WorkflowJson.Deserialize<List<JournalEntry>>(reader.GetString(0)));
        return list;
    }

    private static async Task<IReadOnlyList<string>> ReadStringsAsync(NpgsqlCommand command)
    {
        await using var reader = await command.ExecuteReaderAsync(InFlight);
        var list = new List<string>();
        while (await reader.ReadAsync(InFlight)) list.Add(reader.GetString(0));
        return list;
    }

    private static NpgsqlBatchCommand Add(NpgsqlBatch batch, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        batch.BatchCommands.Add(command);
        return command;
    }
}
