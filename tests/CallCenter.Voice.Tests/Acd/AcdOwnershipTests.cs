using CallCenter.Acd;
using CallCenter.Voice.Acd;
using CallCenter.Voice.Tests.Acd.Support;
using CallCenter.Voice.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CallCenter.Voice.Tests.Acd;

/// <summary>
/// ADR 0600 D4 on the real database: two ACDs (two <see cref="AcdService"/>s with their elections, as two SIP nodes of one
/// company would run) under one owner-lock name. Exactly one owns; when the owner's database session is killed the other
/// owns within about one poll and sweeps the chains the owner left open; the one that lost it stands by (queue calls
/// NoAgents, logins refused) and takes over again when the new owner gives the lock up.
/// </summary>
[Collection(VoiceCollection.Name)]
public class AcdOwnershipTests(VoiceHostFixture host)
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(500);

    [Fact]
    public async Task Should_Elect_One_Owner_And_Hand_Over_With_The_Sweep_When_The_Owners_Session_Dies()
    {
        var lockName = "test-" + Guid.NewGuid().ToString("N");
        var (a, electA) = Node();
        var (b, electB) = Node();
        try
        {
            host.Services.GetRequiredService<AcdService>().Role.ShouldBe(AcdRole.Owner, "the fixture's node owns the default lock");
            electA.Start(lockName);
            for (var i = 0; i < 200 && a.Role != AcdRole.Owner; i++) await Task.Delay(100);
            a.Role.ShouldBe(AcdRole.Owner, electA.LastError?.ToString());
            electB.Start(lockName);
            await Task.Delay(Poll * 3);
            b.Role.ShouldBe(AcdRole.Standby, "exactly one owner");
            a.Role.ShouldBe(AcdRole.Owner);
            var agent = a.Directory.AgentsByExtension["8001"].UserId;
            (await b.LoginAsync(agent, null)).ErrorCode.ShouldBe(Errors.AcdDeskErrorCodes.NotTheOwner);

            // A call A was serving when it died: its chain is open.
            var callRecordId = Guid.NewGuid();
            var queue = a.Directory.FindQueue("综合组")!.Id;
            await AppendAsync(new QueueEventDto(DateTimeOffset.UtcNow.AddSeconds(-5), QueueEventKind.EnterQueue, callRecordId, queue, null, WaitMs: 0));
            var swept = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
            electB.OwnershipTaken += n => swept.TrySetResult(n);

            await TerminateHolderAsync(lockName);
            var sweptCount = await swept.Task.WaitAsync(TimeSpan.FromSeconds(15));
            b.Role.ShouldBe(AcdRole.Owner);
            sweptCount.ShouldBeGreaterThanOrEqualTo(1);
            await AcdTestBed.Until(() => a.Role == AcdRole.Standby, 10, "A noticed it lost the lock");
            var closing = (await EventsAsync(callRecordId)).Last();
            closing.Event.ShouldBe(QueueEventKind.Abandon);
            closing.Data.ShouldNotBeNull().ShouldContain("NodeRestart");

            // B stops (gives the lock up): A, standing by, owns again; B refuses logins now.
            await electB.DisposeAsync();
            b.Role.ShouldBe(AcdRole.Standby);
            await AcdTestBed.Until(() => a.Role == AcdRole.Owner, 10, "A took over again");
            (await b.LoginAsync(agent, null)).ErrorCode.ShouldBe(Errors.AcdDeskErrorCodes.NotTheOwner);
            (await EventsAsync(callRecordId)).Count.ShouldBe(2); // A's second sweep found the chain closed
        }
        finally
        {
            await electA.DisposeAsync();
            await electB.DisposeAsync();
        }
    }

    /// <summary>
    /// A second ACD on the fixture's services (its own router and role; the shared event pump, never disposed here) and its
    /// election, polling faster than the 2 s default so the test is short.
    /// </summary>
    private (AcdService Acd, AcdOwnership Election) Node()
    {
        var acd = ActivatorUtilities.CreateInstance<AcdService>(host.Services);
        var election = new AcdOwnership(acd, host.Services, TimeProvider.System, host.Services.GetRequiredService<ILogger<AcdOwnership>>())
        {
            PollInterval = Poll,
        };
        return (acd, election);
    }

    private async Task AppendAsync(QueueEventDto e)
    {
        using var scope = host.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<IQueueEventWriter>().AppendAsync([e]);
    }

    private async Task<List<(QueueEventKind Event, string? Data)>> EventsAsync(Guid callRecordId)
    {
        await using var connection = new NpgsqlConnection(host.DatabaseConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT event, data::text FROM queue_events WHERE call_record_id = @id ORDER BY id", connection);
        command.Parameters.AddWithValue("id", callRecordId);
        var rows = new List<(QueueEventKind, string?)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) rows.Add((Enum.Parse<QueueEventKind>(reader.GetString(0)), reader.IsDBNull(1) ? null : reader.GetString(1)));
        return rows;
    }

    /// <summary>What a crashed owner's network or a DBA does: the session holding the owner lock ends; PostgreSQL frees the lock.</summary>
    private async Task TerminateHolderAsync(string lockName)
    {
        await using var connection = new NpgsqlConnection(host.DatabaseConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT count(pg_terminate_backend(pid)) FROM pg_locks
            WHERE locktype = 'advisory' AND granted AND objsubid = 1
              AND ((classid::bigint << 32) | objid::bigint) = hashtextextended('callcenter.acd-owner:' || @name, 0)
            """, connection);
        command.Parameters.AddWithValue("name", lockName);
        (await command.ExecuteScalarAsync()).ShouldBe(1L);
    }
}
