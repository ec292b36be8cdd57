using CallCenter.Acd;
using CallCenter.Voice.Acd;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CallCenter.Voice.Tests.Acd;

/// <summary>The queue-event pump: batches in order off the caller's thread, and a stuck database costs events, never a wait.</summary>
public class AcdEventPumpTests
{
    private sealed class GatedWriter : IQueueEventWriter
    {
        public TaskCompletionSource Gate { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public List<IReadOnlyList<QueueEventDto>> Batches { get; } = [];

        public async Task AppendAsync(IReadOnlyList<QueueEventDto> batch, CancellationToken ct = default)
        {
            await Gate.Task;
            lock (Batches) Batches.Add(batch);
        }

        public Task<int> CloseOpenChainsAsync(DateTimeOffset startedBefore, DateTimeOffset at, CancellationToken ct = default) => Task.FromResult(0);
    }

    private static (AcdEventPump Pump, GatedWriter Writer) Start(int capacity, int batchSize)
    {
        var writer = new GatedWriter();
        var services = new ServiceCollection().AddSingleton<IQueueEventWriter>(writer).BuildServiceProvider();
        var pump = new AcdEventPump(services.GetRequiredService<IServiceScopeFactory>(), NullLogger<AcdEventPump>.Instance, capacity, batchSize);
        pump.Start();
        return (pump, writer);
    }

    private static QueueEventDto Event(int n) => new(DateTimeOffset.UnixEpoch.AddSeconds(n), QueueEventKind.AgentState, null, null, Guid.Empty, WaitMs: n);

    [Fact]
    public async Task Should_Write_Every_Event_In_Order_In_Batches()
    {
        var (pump, writer) = Start(capacity: 1000, batchSize: 50);
        await using var _ = pump;
        writer.Gate.SetResult();
        for (var i = 0; i < 300; i++) pump.Post(Event(i));

        await pump.FlushAsync(TimeSpan.FromSeconds(5));

        var written = writer.Batches.SelectMany(b => b).Select(e => e.WaitMs!.Value).ToList();
        written.ShouldBe(Enumerable.Range(0, 300));
        writer.Batches.ShouldAllBe(b => b.Count <= 50);
        pump.Dropped.ShouldBe(0);
    }

    [Fact]
    public async Task Should_Drop_And_Count_Events_Instead_Of_Blocking_When_The_Database_Is_Stuck()
    {
        var (pump, writer) = Start(capacity: 10, batchSize: 5);
        await using var _ = pump;
        // The writer is stuck on its first batch: a Post that waited for room would never return from this loop.
        for (var i = 0; i < 1000; i++) pump.Post(Event(i));

        pump.Dropped.ShouldBeGreaterThan(900);
        writer.Gate.SetResult();
        await pump.FlushAsync(TimeSpan.FromSeconds(5));
        (writer.Batches.Sum(b => b.Count) + pump.Dropped).ShouldBe(1000);
    }
}
