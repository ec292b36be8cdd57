using System.Net;
using CallCenter.Hosting;
using CallCenter.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Health;

/// <summary>
/// Issue 15: /health/ready said ready while a restarted host still needed ~10 s for its first write. Ready now waits for
/// the start-up warm-up (EF model and queries, the engine's data source, every published workflow compiled).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ReadinessTests(CallCenterApiFactory factory) : IClassFixture<CallCenterApiFactory>
{
    [Fact]
    public async Task Should_Report_Ready_Only_Once_The_Start_Up_Warm_Up_Is_Done()
    {
        using var client = factory.CreateClient();
        var warmUp = factory.Services.GetRequiredService<StartupWarmUp>();
        warmUp.Enabled.ShouldBeTrue();

        HttpStatusCode status;
        var polls = 0;
        do
        {
            var wasDone = warmUp.IsDone;
            using var response = await client.GetAsync("/health/ready");
            status = response.StatusCode;
            // Ready is never answered before the warm-up finished (it may finish between the two reads, hence "was not done").
            if (!wasDone && !warmUp.IsDone) status.ShouldBe(HttpStatusCode.ServiceUnavailable);
            if (status != HttpStatusCode.OK) await Task.Delay(50);
        }
        while (status != HttpStatusCode.OK && ++polls < 1200);

        status.ShouldBe(HttpStatusCode.OK);
        warmUp.IsDone.ShouldBeTrue();
    }

    [Fact]
    public async Task Should_Report_Not_Ready_While_Warming_Up()
    {
        var warmUp = new StartupWarmUp(null!, null!, new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build(),
            Microsoft.Extensions.Logging.Abstractions.NullLogger<StartupWarmUp>.Instance);

        var result = await new WarmUpHealthCheck(warmUp).CheckHealthAsync(new Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckContext());

        result.Status.ShouldBe(Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Unhealthy);
        result.Description.ShouldBe("warming up");
    }
}
