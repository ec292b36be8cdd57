using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CallCenter.Voice.Tests.Support;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CallCenter.Voice.Tests.Stress;

/// <summary>
/// The shape that once broke the engine's Npgsql protocol (issue 15): bursts of 20 IVR calls (real sipp callers against
/// the real Host: start, prompts, a key, hang-up) while work orders are written over HTTP at about 10/s, a third of them
/// given up by their client after 0–250 ms (the request's token cancels the order's workflow start and signals
/// mid-round-trip). No Npgsql protocol error may appear in the host's log, and every accepted call must have its IVR
/// instance ("one call hung up after 48 ms with no IVR instance").
/// </summary>
[Collection(VoiceCollection.Name)]
public class IvrBurstNpgsqlStressTests(VoiceHostFixture host)
{
    private const int Bursts = 20;
    private const int CallsPerBurst = 20;

    [Fact]
    public async Task Should_Show_No_Npgsql_Protocol_Error_Under_Bursts_Of_Ivr_Calls_With_Cancelled_Work_Order_Writes()
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(client));
        var order = await WritableOrderAsync();
        using var stop = new CancellationTokenSource();
        var statuses = new System.Collections.Concurrent.ConcurrentBag<int>();
        var writer = Task.Run(() => WriteOrdersAsync(client, order, statuses, stop.Token));

        var callers = new List<string>();
        var sippFailures = 0;
        for (var burst = 0; burst < Bursts; burst++)
        {
            var caller = IvrCall.NewCaller();
            callers.Add(caller);
            var pause = 300 + burst % 4 * 400; // hang up at different points of the IVR: greeting, menu, after the key
            var results = await Task.WhenAll(Enumerable.Range(0, CallsPerBurst).Select(_ =>
                IvrCall.PlaceAsync(host, new SippScenario(caller, pcapDtmf: false).Pause(pause).PlayDtmf("9").Pause(300), timeoutSeconds: 40)));
            sippFailures += results.Count(r => r.ExitCode != 0);
        }
        await stop.CancelAsync();
        await writer;
        await WaitForCallsToEndAsync(callers);

        var protocol = host.Log.Entries.Where(e => IsProtocolError(e.Exception) || Mentions(e.Message))
            .Select(e => $"{e.Level} {e.Category}: {e.Message} — {e.Exception}").ToList();
        protocol.ShouldBeEmpty();
        statuses.ShouldContain(201);
        var records = await CallRecordsAsync(callers);
        // A sipp run on a saturated machine may fail on its own (a port taken, a retransmission timer): its call then has no
        // record. A call the node refused because its IVR did not start still has one, and fails the check below.
        sippFailures.ShouldBeLessThan(Bursts * CallsPerBurst / 40);
        records.Count.ShouldBeGreaterThanOrEqualTo(Bursts * CallsPerBurst - sippFailures);
        records.Where(r => r.InstanceId is null).Select(r => r.Id).ShouldBeEmpty("accepted calls without an IVR instance");
    }

    private static async Task<string> TokenAsync(HttpClient client)
    {
        var response = await client.PostAsJsonAsync("/api/account/token", new { userName = "agent", password = "CallCenter#2026" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>();
    }

    /// <summary>A write the API accepts: an active category and a household a seeded root order already uses.</summary>
    private async Task<JsonObject> WritableOrderAsync()
    {
        await using var connection = new NpgsqlConnection(host.DatabaseConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT w.category_id, w.household_id, w.type FROM work_orders w JOIN disposition_nodes d ON d.id = w.category_id AND d.is_active
            WHERE w.household_id IS NOT NULL AND w.parent_id IS NULL AND w.type = 'Repair' ORDER BY w.creation_time LIMIT 1
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        (await reader.ReadAsync()).ShouldBeTrue("no seeded repair order to copy");
        return new JsonObject
        {
            ["type"] = reader.GetString(2), ["categoryId"] = reader.GetGuid(0).ToString(), ["householdId"] = reader.GetGuid(1).ToString(),
            ["faultSymptom"] = "NotWarm", ["description"] = "stress",
        };
    }

    /// <summary>Open loop at about 10/s; every third request is given up by its client after 0–250 ms.</summary>
    private static async Task WriteOrdersAsync(HttpClient client, JsonObject order, System.Collections.Concurrent.ConcurrentBag<int> statuses,
        CancellationToken stop)
    {
        var random = new Random(15);
        var pending = new List<Task>();
        for (var n = 0; !stop.IsCancellationRequested; n++)
        {
            var giveUp = n % 3 == 0 ? TimeSpan.FromMilliseconds(random.Next(0, 250)) : TimeSpan.FromSeconds(30);
            pending.Add(Task.Run(async () =>
            {
                using var abandon = new CancellationTokenSource(giveUp);
                try
                {
                    using var response = await client.PostAsJsonAsync("/api/work-orders", order, abandon.Token);
                    statuses.Add((int)response.StatusCode);
                }
                catch (OperationCanceledException)
                {
                    // the client gave up: the server sees its request aborted
                }
            }));
            try { await Task.Delay(100, stop); } catch (OperationCanceledException) { }
        }
        await Task.WhenAll(pending);
    }

    private async Task WaitForCallsToEndAsync(IReadOnlyList<string> callers)
    {
        for (var i = 0; i < 600; i++)
        {
            if ((await CallRecordsAsync(callers)).All(r => r.Ended)) return;
            await Task.Delay(100);
        }
    }

    private async Task<List<(Guid Id, string? InstanceId, bool Ended)>> CallRecordsAsync(IReadOnlyList<string> callers)
    {
        await using var connection = new NpgsqlConnection(host.DatabaseConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT id, workflow_instance_id, ended_at IS NOT NULL FROM call_records WHERE caller_number = ANY(@callers)", connection);
        command.Parameters.AddWithValue("callers", callers.Select(c => "+86" + c).Concat(callers).ToArray());
        await using var reader = await command.ExecuteReaderAsync();
        var list = new List<(Guid, string?, bool)>();
        while (await reader.ReadAsync()) list.Add((reader.GetGuid(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetBoolean(2)));
        return list;
    }

    private static bool Mentions(string message) =>
        message.Contains("unexpected backend message", StringComparison.OrdinalIgnoreCase)
        || message.Contains("while expecting", StringComparison.OrdinalIgnoreCase);

    private static bool IsProtocolError(Exception? e) => e switch
    {
        null => false,
        NpgsqlException n when n is not PostgresException && !n.IsTransient && Mentions(n.Message) => true,
        _ => Mentions(e.Message) || IsProtocolError(e.InnerException),
    };
}
