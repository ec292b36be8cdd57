using CallCenter.Knowledge;

namespace CallCenter.Hosting;

/// <summary>
/// Before the host serves requests: loads the synonyms and rebuilds the index if it is missing or stale, so the
/// first search already finds everything. Afterwards: publishes scheduled articles every 30 seconds.
/// </summary>
public sealed class KnowledgeBackgroundService(IServiceScopeFactory scopes, TimeProvider clock, ILogger<KnowledgeBackgroundService> logger)
    : BackgroundService
{
    private static readonly TimeSpan SchedulerPeriod = TimeSpan.FromSeconds(30);

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await using (var scope = scopes.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<KnowledgeIndexSynchronizer>().EnsureCurrentAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(SchedulerPeriod, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var published = await scope.ServiceProvider.GetRequiredService<IKnowledgeArticleAppService>().PublishDueAsync(stoppingToken);
                if (published > 0) logger.LogInformation("Published {Count} scheduled knowledge articles", published);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A failed round (database restarting) must not end the scheduler; the next tick retries.
                logger.LogWarning(e, "Publishing scheduled knowledge articles failed");
            }
        }
    }
}
