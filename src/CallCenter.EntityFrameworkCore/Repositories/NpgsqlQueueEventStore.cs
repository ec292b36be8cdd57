using CallCenter.Acd;
using Npgsql;
using NpgsqlTypes;

namespace CallCenter.Repositories;

/// <summary>
/// <c>queue_events</c> writes in hand-written SQL (ADR 0600 D6). A batch is ONE statement — an INSERT … SELECT over
/// unnest() of one array parameter per column — so a thousand events cost one round trip and one plan, not a thousand
/// tracked entities. Its own data source: the ACD's pump is a singleton and must not borrow a request's context.
/// </summary>
public sealed class NpgsqlQueueEventStore(string connectionString) : IQueueEventStore, IAsyncDisposable
{
    private const string AppendSql = """
        INSERT INTO queue_events (at, call_record_id, queue_id, agent_id, event, wait_ms, talk_ms, wrap_ms, data)
        SELECT e.at, e.call_record_id, e.queue_id, e.agent_id, e.event, e.wait_ms, e.talk_ms, e.wrap_ms, e.data::jsonb
        FROM unnest($1::timestamptz[], $2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::int[], $7::int[], $8::int[], $9::text[])
             AS e(at, call_record_id, queue_id, agent_id, event, wait_ms, talk_ms, wrap_ms, data)
        """;

    /// <summary>
    /// $1 startedBefore, $2 at. The calls with events in the day before the restart (no call waits or talks longer; the
    /// (at) index keeps the sweep from reading the whole history); of each, the events after its last closing event
    /// (Complete, Abandon, Overflow — counted whenever written, so a second sweep finds its own closings and adds nothing).
    /// A segment with a Connect is closed Complete with talk time from that Connect, otherwise Abandon with the wait
    /// from its EnterQueue. Events at or after $1 belong to the new process and are left alone.
    /// </summary>
    private const string CloseOpenChainsSql = """
        WITH calls AS (
            SELECT DISTINCT call_record_id FROM queue_events
            WHERE at >= $1 - interval '1 day' AND at < $1 AND call_record_id IS NOT NULL
        ), chain AS (
            SELECT e.id, e.at, e.call_record_id, e.queue_id, e.agent_id, e.event FROM queue_events e JOIN calls c USING (call_record_id)
        ), closed AS (
            SELECT call_record_id, max(id) AS last_close FROM chain
            WHERE event IN ('Complete', 'Abandon', 'Overflow') GROUP BY call_record_id
        ), open AS (
            SELECT s.call_record_id,
                   (array_agg(s.queue_id ORDER BY s.id DESC) FILTER (WHERE s.queue_id IS NOT NULL))[1] AS queue_id,
                   coalesce(min(s.at) FILTER (WHERE s.event = 'EnterQueue'), min(s.at)) AS entered_at,
                   max(s.at) FILTER (WHERE s.event IN ('Connect', 'CallbackConnected')) AS connected_at,
                   (array_agg(s.agent_id ORDER BY s.id DESC) FILTER (WHERE s.event IN ('Connect', 'CallbackConnected')))[1] AS agent_id,
                   (array_agg(s.queue_id ORDER BY s.id DESC) FILTER (WHERE s.event IN ('Connect', 'CallbackConnected')))[1] AS connected_queue_id
            FROM chain s LEFT JOIN closed c USING (call_record_id)
            WHERE s.id > coalesce(c.last_close, 0) AND s.at < $1
            GROUP BY s.call_record_id
        )
        INSERT INTO queue_events (at, call_record_id, queue_id, agent_id, event, wait_ms, talk_ms, data)
        SELECT $2, o.call_record_id, coalesce(o.connected_queue_id, o.queue_id), o.agent_id,
               CASE WHEN o.connected_at IS NULL THEN 'Abandon' ELSE 'Complete' END,
               CASE WHEN o.connected_at IS NULL THEN greatest(0, floor(extract(epoch FROM $2 - o.entered_at) * 1000))::int END,
               CASE WHEN o.connected_at IS NOT NULL THEN greatest(0, floor(extract(epoch FROM $2 - o.connected_at) * 1000))::int END,
               '{"reason": "NodeRestart"}'::jsonb
        FROM open o
        """;

    private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(connectionString);

    public async Task AppendAsync(IReadOnlyList<QueueEvent> batch, CancellationToken ct = default)
    {
        if (batch.Count == 0) return;
        await using var command = _dataSource.CreateCommand(AppendSql);
        var p = command.Parameters;
        p.Add(new NpgsqlParameter<DateTimeOffset[]> { TypedValue = batch.Select(e => e.At.ToUniversalTime()).ToArray() });
        p.Add(new NpgsqlParameter<Guid?[]> { TypedValue = batch.Select(e => e.CallRecordId).ToArray() });
        p.Add(new NpgsqlParameter<Guid?[]> { TypedValue = batch.Select(e => e.QueueId).ToArray() });
        p.Add(new NpgsqlParameter<Guid?[]> { TypedValue = batch.Select(e => e.AgentId).ToArray() });
        p.Add(new NpgsqlParameter<string[]> { TypedValue = batch.Select(e => e.Event.ToString()).ToArray() });
        p.Add(new NpgsqlParameter<int?[]> { TypedValue = batch.Select(e => e.WaitMs).ToArray() });
        p.Add(new NpgsqlParameter<int?[]> { TypedValue = batch.Select(e => e.TalkMs).ToArray() });
        p.Add(new NpgsqlParameter<int?[]> { TypedValue = batch.Select(e => e.WrapMs).ToArray() });
        p.Add(new NpgsqlParameter<string?[]> { TypedValue = batch.Select(e => e.Data).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        await command.ExecuteNonQueryAsync(ct);
    }

    public async Task<int> CloseOpenChainsAsync(DateTimeOffset startedBefore, DateTimeOffset at, CancellationToken ct = default)
    {
        await using var command = _dataSource.CreateCommand(CloseOpenChainsSql);
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = startedBefore.ToUniversalTime() });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = at.ToUniversalTime() });
        return await command.ExecuteNonQueryAsync(ct);
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
