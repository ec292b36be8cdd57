using System.Diagnostics;
using Npgsql;

namespace CallCenter.Acd;

/// <summary>The queue_events writer on real PostgreSQL (ADR 0600 D6): batches in one statement, the restart sweep.</summary>
public sealed class QueueEventWriterTests(QueueEventDatabase db) : IClassFixture<QueueEventDatabase>
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 7, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Should_Append_A_Thousand_Events_In_One_Statement_With_Every_Column()
    {
        var call = Guid.NewGuid();
        var queue = Guid.NewGuid();
        var agent = Guid.NewGuid();
        var batch = Enumerable.Range(0, 1000).Select(i => new QueueEventDto(T0.AddMilliseconds(i), (QueueEventKind)(i % 13), call,
            i % 2 == 0 ? queue : null, i % 3 == 0 ? agent : null, i, i % 5 == 0 ? null : i * 2, 7,
            i % 4 == 0 ? $$"""{"ivr": "1-0", "n": {{i}}}""" : null)).ToList();
        var database = new NpgsqlConnectionStringBuilder(db.ConnectionString).Database!;
        var commands = new System.Collections.Concurrent.ConcurrentQueue<string>();
        using (var listener = new ActivityListener
               {
                   ShouldListenTo = source => source.Name == "Npgsql",
                   Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
                   // Npgsql tags each command with its database and text; other test classes' databases run meanwhile.
                   ActivityStopped = a =>
                   {
                       var values = a.TagObjects.Select(t => t.Value as string).ToList();
                       // Opening the pooled physical connection is traced too ("CONNECT db"); it is not a statement.
                       if (values.Contains(database) && !a.DisplayName.StartsWith("CONNECT", StringComparison.Ordinal)) commands.Enqueue(values.FirstOrDefault(v => v?.Contains("queue_events") == true) ?? a.DisplayName);
                   },
               })
        {
            ActivitySource.AddActivityListener(listener);
            await db.Writer.AppendAsync(batch);
        }

        commands.ShouldHaveSingleItem("one round trip for the whole batch").ShouldStartWith("INSERT INTO queue_events");
        var rows = await RowsAsync(call);
        rows.Count.ShouldBe(1000);
        var row = rows[4];
        row.ShouldBe(new Row(T0.AddMilliseconds(4), nameof(QueueEventKind.Hold), queue, null, 4, 8, 7, 4));
        rows[15].ShouldBe(new Row(T0.AddMilliseconds(15), nameof(QueueEventKind.RingNoAnswer), null, agent, 15, null, 7, null));
    }

    [Fact]
    public async Task Should_Keep_A_Batch_Whose_Data_Is_Not_A_Json_Object()
    {
        var call = Guid.NewGuid();
        await db.Writer.AppendAsync([
            new QueueEventDto(T0, QueueEventKind.EnterQueue, call, Guid.NewGuid(), null, Data: "not json\0"),
            new QueueEventDto(T0, QueueEventKind.Abandon, call, Guid.NewGuid(), null, WaitMs: 5, Data: "[1,2]"),
        ]);

        var data = await ScalarListAsync<string>("SELECT data->>'text' FROM queue_events WHERE call_record_id = $1 ORDER BY id", call);
        data.ShouldBe(["not json", "[1,2]"]);
    }

    [Fact]
    public async Task Should_Close_Every_Open_Chain_Once_And_Leave_Finished_And_New_Calls_Alone()
    {
        var queue = Guid.NewGuid();
        var agent = Guid.NewGuid();
        var (connected, waiting, finished, transferred, newCall) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var restart = T0.AddMinutes(10);
        await db.Writer.AppendAsync([
            new(T0, QueueEventKind.EnterQueue, connected, queue, null),
            new(T0.AddSeconds(5), QueueEventKind.RingAgent, connected, queue, agent),
            new(T0.AddSeconds(8), QueueEventKind.Connect, connected, queue, agent, WaitMs: 8000),
            new(T0.AddSeconds(60), QueueEventKind.Hold, connected, queue, agent),
            new(T0.AddSeconds(30), QueueEventKind.EnterQueue, waiting, queue, null),
            new(T0.AddSeconds(40), QueueEventKind.RingAgent, waiting, queue, agent),
            new(T0.AddSeconds(55), QueueEventKind.RingNoAnswer, waiting, queue, agent),
            new(T0, QueueEventKind.EnterQueue, finished, queue, null),
            new(T0.AddSeconds(3), QueueEventKind.Connect, finished, queue, agent, WaitMs: 3000),
            new(T0.AddSeconds(90), QueueEventKind.Complete, finished, queue, agent, TalkMs: 87000, WrapMs: 0),
            // Completed with the first agent, then queued again after a transfer: only the second part is open.
            new(T0, QueueEventKind.EnterQueue, transferred, queue, null),
            new(T0.AddSeconds(2), QueueEventKind.Connect, transferred, queue, agent),
            new(T0.AddSeconds(20), QueueEventKind.Transfer, transferred, queue, agent),
            new(T0.AddSeconds(20), QueueEventKind.Complete, transferred, queue, agent, TalkMs: 18000),
            new(T0.AddSeconds(21), QueueEventKind.EnterQueue, transferred, queue, null),
            new(T0.AddSeconds(0), QueueEventKind.AgentState, null, null, agent, Data: """{"state": "Ready"}"""),
            // The new process's own call, after the restart: not the sweep's business.
            new(restart.AddSeconds(1), QueueEventKind.EnterQueue, newCall, queue, null),
        ]);

        var closed = await db.Writer.CloseOpenChainsAsync(restart, restart.AddSeconds(2));

        closed.ShouldBe(3);
        var connectedRows = await RowsAsync(connected);
        connectedRows[^1].ShouldBe(new Row(restart.AddSeconds(2), "Complete", queue, agent, null, 594_000, null, null));
        (await RowsAsync(waiting))[^1].ShouldBe(new Row(restart.AddSeconds(2), "Abandon", queue, null, 572_000, null, null, null));
        (await RowsAsync(transferred))[^1].ShouldBe(new Row(restart.AddSeconds(2), "Abandon", queue, null, 581_000, null, null, null));
        (await RowsAsync(finished)).Count.ShouldBe(3);
        (await RowsAsync(newCall)).Count.ShouldBe(1);
        (await ScalarListAsync<string>("SELECT data->>'reason' FROM queue_events WHERE call_record_id = $1 ORDER BY id DESC LIMIT 1", waiting))
            .ShouldBe(["NodeRestart"]);

        (await db.Writer.CloseOpenChainsAsync(restart, restart.AddSeconds(3))).ShouldBe(0, "a second sweep finds the chains closed");
    }

    private sealed record Row(DateTimeOffset At, string Event, Guid? QueueId, Guid? AgentId, int? WaitMs, int? TalkMs, int? WrapMs, int? N);

    private async Task<List<Row>> RowsAsync(Guid call)
    {
        await using var connection = new NpgsqlConnection(db.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT at, event, queue_id, agent_id, wait_ms, talk_ms, wrap_ms, (data->>'n')::int FROM queue_events
            WHERE call_record_id = $1 ORDER BY id
            """, connection);
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = call });
        var rows = new List<Row>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            rows.Add(new Row(reader.GetFieldValue<DateTimeOffset>(0), reader.GetString(1), Nullable<Guid>(reader, 2), Nullable<Guid>(reader, 3),
                Nullable<int>(reader, 4), Nullable<int>(reader, 5), Nullable<int>(reader, 6), Nullable<int>(reader, 7)));
        return rows;
    }

    private static T? Nullable<T>(NpgsqlDataReader reader, int i) where T : struct => reader.IsDBNull(i) ? null : reader.GetFieldValue<T>(i);

    private async Task<List<T?>> ScalarListAsync<T>(string sql, Guid call)
    {
        await using var connection = new NpgsqlConnection(db.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = call });
        var list = new List<T?>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) list.Add(reader.IsDBNull(0) ? default : reader.GetFieldValue<T>(0));
        return list;
    }
}
