using CallCenter.WorkOrders;

namespace CallCenter.Hosting;

/// <summary>
/// Runs the SLA breach sweep (<see cref="SlaBreachSweep"/>) at start and then every minute, so an order past its
/// deadline reaches the supervision list (督办) within a minute even when no workflow watches it.
/// </summary>
public sealed class SlaBreachSweepService(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<SlaBreachSweepService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = configuration.GetValue("WorkOrders:SlaSweepInterval", TimeSpan.FromMinutes(1));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var filed = await scope.ServiceProvider.GetRequiredService<SlaBreachSweep>().RunAsync(stoppingToken);
                if (filed > 0) logger.LogInformation("SLA sweep put {Count} overdue orders on the supervision list", filed);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "The SLA sweep failed; retrying at the next interval");
            }
            try { await Task.Delay(interval, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }
}
