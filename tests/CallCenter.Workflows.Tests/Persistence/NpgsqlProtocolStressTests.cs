using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using CallCenter.Workflows.Execution;
using CallCenter.Workflows.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CallCenter.Workflows.Persistence;

/// <summary>
/// Bursts of IVR-shaped calls on the PostgreSQL stores with concurrent writes: starts, key presses raised twice at once (so
/// optimistic resumes race and lose — commits aborted by the WF001 guard inside a BEGIN … COMMIT batch), a side effect
/// (leased path), the hang-up, and work-order events and starts whose request token is cancelled at random moments, all the
/// while. A pool of two connections and room for only five auto-prepared statements make every physical connection carry
/// all of it and evict prepared statements inside failing batches — the product's auto-prepare (ADR 0016), amplified.
/// Under such a burst "Received unexpected backend message DataRow" once left a call without its IVR instance (issue 15);
/// here no Npgsql protocol error may appear, in the log or thrown.
/// </summary>
public sealed class NpgsqlProtocolStressTests(PostgresWorkflowFixture db) : IClassFixture<PostgresWorkflowFixture>
{
    private const int Bursts = 20;
    private const int CallsPerBurst = 20;

    /// <summary>A payload of about 300 KB (a pasted photo, say): its statement takes many write buffers to send.</summary>
    private static readonly string LargePayload = new('x', 300_000);


    [Fact]
    public async Task Should_Show_No_Npgsql_Protocol_Error_Under_Bursts_Of_Ivr_Calls_With_Concurrent_Writes()
    {
        var log = new CapturingLoggerProvider();
        await using var node = WorkflowTestHost.Create(services =>
        {
            services.AddCallCenterWorkflowPostgresStores(db.ConnectionString + ";Maximum Pool Size=2;Minimum Pool Size=0;Max Auto Prepare=5");
            services.AddLogging(b => b.AddProvider(log));
        });
        await node.PublishAsync("ivr-burst");
        var failures = new ConcurrentQueue<Exception>();
        using var stop = new CancellationTokenSource();
        var writes = 0;
        var writer = Task.Run(async () =>
        {
            // The work-order side: events and starts carrying an HTTP request's token, which a client that gives up cancels
            // at any moment of the round trip; and reads of the inbox, continuously.
            var random = new Random(7);
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                using var aborted = new CancellationTokenSource(TimeSpan.FromMilliseconds(random.Next(0, 15)));
                await Guard(failures, () => node.Runtime.RaiseEventAsync("WorkOrderChanged", "WO-" + i, new JsonObject { ["n"] = i }, ct: aborted.Token));
                using var aborted2 = new CancellationTokenSource(TimeSpan.FromMilliseconds(random.Next(0, 15)));
                await Guard(failures, () => node.Runtime.StartAsync("ivr-burst", correlationId: "WO-START-" + i, ct: aborted2.Token));
                await Guard(failures, () => node.Instances.PendingStimuliAsync(node.Time.GetUtcNow(), 20, default));
                writes++;
            }
        });

        var instances = new List<string>();
        for (var burst = 0; burst < Bursts; burst++)
        {
            var calls = Enumerable.Range(0, CallsPerBurst).Select(i => $"CALL-{burst}-{i}").ToList();
            var started = await Task.WhenAll(calls.Select(c => Task.Run(async () =>
            {
                string? id = null;
                await Guard(failures, async () => id = (await node.Runtime.StartAsync("ivr-burst", correlationId: c)).InstanceId);
                return id;
            })));
            instances.AddRange(started.OfType<string>());
            for (var key = 0; key < 2; key++)
            {
                // Each key press arrives twice at once (RFC 4733 end packets and SIP INFO, say): one resume wins, one loses.
                await Task.WhenAll(calls.SelectMany(c => Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
                    Guard(failures, () => node.Runtime.RaiseEventAsync("Digit", c, new JsonObject { ["digit"] = key }))))));
            }
            await Task.WhenAll(calls.Select(c => Task.Run(() => Guard(failures, () => node.Runtime.RaiseEventAsync("Hangup", c)))));
        }
        await stop.CancelAsync();
        await writer;
        await node.Runtime.SweepAsync();

        var protocol = log.Entries.Where(e => IsProtocolError(e.Exception) || e.Message.Contains("unexpected backend message", StringComparison.OrdinalIgnoreCase))
            .Select(e => $"{e.Category}: {e.Message} {e.Exception?.Message}")
            .Concat(failures.Where(IsProtocolError).Select(e => e.ToString()));
        protocol.ShouldBeEmpty();
        failures.ShouldBeEmpty();
        writes.ShouldBeGreaterThan(0);
        instances.Count.ShouldBe(Bursts * CallsPerBurst);
        foreach (var id in instances)
        {
            var state = (await node.Instances.GetStateAsync(id, default)).ShouldNotBeNull();
            if (state.Status != WorkflowStatus.Finished)
            {
                // What it still waits for and what is pending for it, to tell a lost event from a stuck lease.
                var all = await node.Instances.PendingStimuliAsync(node.Time.GetUtcNow(), 100_000, default);
                var mine = all.Where(p => p.CorrelationId == state.CorrelationId).Select(p => $"{p.Id}:{p.Name}");
                state.Status.ShouldBe(WorkflowStatus.Finished, $"{id} {state.CorrelationId} bookmarks [{string.Join(",", state.Bookmarks.Select(b => b.Name + "@" + b.ActivityId))}] " +
                    $"pending [{string.Join(",", mine)}] of {all.Count}; journal {string.Join(" ", (await node.Instances.GetJournalAsync(id, default)).Select(j => j.ToString()))}");
            }
            CountingActivity.CountOf(id, "count").ShouldBe(1);
        }
    }

    /// <summary>
    /// The cause, in isolation: events whose payload outgrows Npgsql's write buffer, raised with tokens cancelled 0–3 ms
    /// in (a client giving up), beside IVR starts whose commits begin with an auto-prepared BEGIN. In Npgsql 10.0.3 a token
    /// that fires while such a batch is still being sent could leave the batch's answers unread on the connection; the
    /// next command on it read them as its own ("Received unexpected backend message DataRow" at BEGIN).
    /// </summary>
    [Fact]
    public async Task Should_Not_Leave_A_Cancelled_Statements_Answers_On_A_Pooled_Connection()
    {
        var log = new CapturingLoggerProvider();
        await using var node = WorkflowTestHost.Create(services =>
        {
            services.AddCallCenterWorkflowPostgresStores(db.ConnectionString + ";Maximum Pool Size=2;Minimum Pool Size=0;Max Auto Prepare=5");
            services.AddLogging(b => b.AddProvider(log));
        });
        await node.PublishAsync("ivr-burst");
        var failures = new ConcurrentQueue<Exception>();
        var cancelled = 0;
        var until = DateTime.UtcNow.AddSeconds(20);
        var writers = Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
        {
            var random = new Random(w);
            for (var i = 0; DateTime.UtcNow < until; i++)
            {
                using var aborted = new CancellationTokenSource(TimeSpan.FromMilliseconds(random.Next(0, 4)));
                await Guard(failures, () => node.Runtime.RaiseEventAsync("WorkOrderChanged", $"PROTO-WO-{w}-{i}",
                    new JsonObject { ["n"] = i, ["attachment"] = LargePayload }, ct: aborted.Token));
                if (aborted.IsCancellationRequested) Interlocked.Increment(ref cancelled);
            }
        }));
        var calls = Enumerable.Range(0, 2).Select(c => Task.Run(async () =>
        {
            for (var i = 0; DateTime.UtcNow < until; i++)
            {
                var call = $"PROTO-CALL-{c}-{i}"; // not the other test's CALL-… ids: both share the fixture's database
                await Guard(failures, () => node.Runtime.StartAsync("ivr-burst", correlationId: call));
                await Guard(failures, () => node.Runtime.RaiseEventAsync("Digit", call, new JsonObject { ["digit"] = 1 }));
            }
        }));
        await Task.WhenAll(writers.Concat(calls));

        var protocol = log.Entries.Where(e => IsProtocolError(e.Exception)).Select(e => $"{e.Category}: {e.Message} {e.Exception?.Message}")
            .Concat(failures.Where(IsProtocolError).Select(e => e.ToString()));
        protocol.ShouldBeEmpty();
        failures.ShouldBeEmpty();
        cancelled.ShouldBeGreaterThan(100);
    }

    private static async Task Guard<T>(ConcurrentQueue<Exception> failures, Func<Task<T>> action)
    {
        try { await action(); }
        catch (OperationCanceledException) { } // the request's client gave up: expected, and harmless
        catch (Exception e) { failures.Enqueue(e); }
    }

    private static bool IsProtocolError(Exception? e) => e switch
    {
        null => false,
        NpgsqlException n when n is not PostgresException && !n.IsTransient => true,
        _ => e.Message.Contains("unexpected backend message", StringComparison.OrdinalIgnoreCase) || IsProtocolError(e.InnerException),
    };
}
