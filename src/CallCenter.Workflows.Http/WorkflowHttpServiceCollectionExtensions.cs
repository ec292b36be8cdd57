using CallCenter.Workflows.Http.Activities;
using CallCenter.Workflows.Http.Endpoints;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace CallCenter.Workflows.Http;

public static class WorkflowHttpServiceCollectionExtensions
{
    /// <summary>The HTTP activities, the trigger endpoint handler and the resilient client SendHttpRequest uses.</summary>
    public static IServiceCollection AddCallCenterWorkflowHttp(this IServiceCollection services)
    {
        services.AddWorkflowActivity<HttpEndpoint>();
        services.AddWorkflowActivity<WriteHttpResponse>();
        services.AddWorkflowActivity<SendHttpRequest>();
        services.AddSingleton<HttpWorkflowHandler>();
        services.AddHttpClient(SendHttpRequest.ClientName)
            .AddResilienceHandler("workflows", pipeline => pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = 2,
                Delay = TimeSpan.FromMilliseconds(200),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                // Only idempotent requests are retried: repeating a POST could create a second work order.
                ShouldHandle = args => ValueTask.FromResult(
                    IsIdempotent(args.Context.GetRequestMessage()?.Method ?? args.Outcome.Result?.RequestMessage?.Method)
                    && HttpClientResiliencePredicates.IsTransient(args.Outcome)),
            }));
        return services;
    }

    private static bool IsIdempotent(HttpMethod? method) =>
        method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Put || method == HttpMethod.Delete || method == HttpMethod.Options;
}
