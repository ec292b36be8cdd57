using Microsoft.Extensions.Configuration;
using System.Collections.Concurrent;
using System.Net;
using CallCenter.Errors;
using CallCenter.Hosting;
using CallCenter.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Hosting.Tests;

/// <summary>
/// Admission control (ADR 0017, issue 15's restart stall): one request may run, two may wait. The test holds the one
/// permit itself, so which requests wait, which are turned away and in which order they run is deterministic.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class RequestAdmissionTests(RequestAdmissionTests.Factory factory) : IClassFixture<RequestAdmissionTests.Factory>
{
    public sealed class Factory : CallCenterApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Hosting:Admission:MaxConcurrent", "1");
            builder.UseSetting("Hosting:Admission:QueueLimit", "2");
            builder.UseSetting("Hosting:Admission:QueueTimeout", "00:00:30");
        }
    }

    private const string List = "/api/households?Page=1&PageSize=5";

    [Fact]
    public async Task Should_Turn_Away_The_Oldest_Waiting_Request_With_A_503_Problem_When_The_Queue_Is_Full()
    {
        using var client = await factory.ClientForAsync("agent");
        var admission = factory.Services.GetRequiredService<RequestAdmission>();
        Task<HttpResponseMessage> oldest, middle, newest;
        using (var held = await admission.EnterAsync(CancellationToken.None))
        {
            held.ShouldNotBeNull();
            oldest = client.GetAsync(List);
            await QueuedAsync(admission, 1);
            middle = client.GetAsync(List);
            await QueuedAsync(admission, 2);
            newest = client.GetAsync(List);

            // The queue holds two: the newest pushes the oldest out, answered at once while the permit is still held.
            using var turnedAway = await oldest.WaitAsync(TimeSpan.FromSeconds(20));
            await turnedAway.ShouldBeProblem(HttpStatusCode.ServiceUnavailable, InputErrorCodes.Overloaded);
            turnedAway.Headers.RetryAfter.ShouldNotBeNull().Delta.ShouldBe(TimeSpan.FromSeconds(1));
            middle.IsCompleted.ShouldBeFalse();
            newest.IsCompleted.ShouldBeFalse();

            // Probes are never queued behind API work.
            using var anonymous = factory.CreateClient();
            (await anonymous.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
        (await middle).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await newest).StatusCode.ShouldBe(HttpStatusCode.OK);
        admission.Rejected.ShouldBeGreaterThanOrEqualTo(1);
    }

    [Fact]
    public async Task Should_Run_The_Newest_Waiting_Request_First()
    {
        using var client = await factory.ClientForAsync("agent");
        var admission = factory.Services.GetRequiredService<RequestAdmission>();
        var finished = new ConcurrentQueue<string>();
        Task<HttpResponseMessage> Track(string name) => client.GetAsync(List).ContinueWith(t => { finished.Enqueue(name); return t.Result; });
        Task<HttpResponseMessage> first, second;
        using (var held = await admission.EnterAsync(CancellationToken.None))
        {
            held.ShouldNotBeNull();
            first = Track("first");
            await QueuedAsync(admission, 1);
            second = Track("second");
            await QueuedAsync(admission, 2);
        }
        (await second).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await first).StatusCode.ShouldBe(HttpStatusCode.OK);
        // One permit: "first" cannot start before "second" has finished.
        finished.ToArray().ShouldBe(["second", "first"]);
    }

    [Fact]
    public async Task Should_Turn_Away_A_Request_That_Waited_Longer_Than_The_Queue_Timeout()
    {
        var admission = new RequestAdmission(new ConfigurationBuilder().AddInMemoryCollection(
            new Dictionary<string, string?> { ["Hosting:Admission:MaxConcurrent"] = "1", ["Hosting:Admission:QueueTimeout"] = "00:00:00.2" }).Build());
        using var held = await admission.EnterAsync(CancellationToken.None);
        held.ShouldNotBeNull();

        (await admission.EnterAsync(CancellationToken.None)).ShouldBeNull();

        admission.Rejected.ShouldBe(1);
        await admission.DisposeAsync();
    }

    [Fact]
    public async Task Should_Hold_Requests_At_The_Gate_Until_The_Warm_Up_Is_Done()
    {
        var warmedUp = new TaskCompletionSource();
        await using var admission = new RequestAdmission(new ConfigurationBuilder().Build(), warmedUp.Task);

        var entering = admission.EnterAsync(CancellationToken.None).AsTask();
        await Task.Delay(200);
        entering.IsCompleted.ShouldBeFalse();

        warmedUp.SetResult();
        using var lease = await entering.WaitAsync(TimeSpan.FromSeconds(10));
        lease.ShouldNotBeNull();
    }

    [Fact]
    public async Task Should_Open_The_Gate_After_The_Start_Timeout_When_The_Warm_Up_Never_Ends()
    {
        await using var admission = new RequestAdmission(new ConfigurationBuilder().AddInMemoryCollection(
            new Dictionary<string, string?> { ["Hosting:Admission:StartTimeout"] = "00:00:00.2" }).Build(), new TaskCompletionSource().Task);

        using var lease = await admission.EnterAsync(CancellationToken.None).AsTask().WaitAsync(TimeSpan.FromSeconds(10));

        lease.ShouldNotBeNull();
    }

    private static async Task QueuedAsync(RequestAdmission admission, int count)
    {
        for (var i = 0; i < 400 && admission.Statistics!.CurrentQueuedCount < count; i++) await Task.Delay(25);
        admission.Statistics!.CurrentQueuedCount.ShouldBe(count);
    }
}
