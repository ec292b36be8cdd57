using CallCenter.Hosting;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CallCenter.Health;

/// <summary>Ready only once the start-up warm-up is done (see <see cref="StartupWarmUp"/>).</summary>
public sealed class WarmUpHealthCheck(StartupWarmUp warmUp) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default) =>
        Task.FromResult(warmUp.IsDone ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("warming up"));
}
