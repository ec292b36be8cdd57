using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CallCenter.Workflows.Http.Endpoints;

public static class WorkflowHttpEndpointRouteBuilderExtensions
{
    public const string DefaultPrefix = "/workflows/http";

    /// <summary>
    /// The HttpEndpoint trigger route. Access is decided per endpoint (its permission, or allowAnonymous for
    /// webhooks), so the route itself carries no policy.
    /// </summary>
    public static IEndpointConventionBuilder MapWorkflowHttpEndpoints(this IEndpointRouteBuilder app, string prefix = DefaultPrefix) =>
        app.Map(prefix.TrimEnd('/') + "/{**path}", (HttpContext http, string? path, HttpWorkflowHandler handler) => handler.HandleAsync(http, path))
            .WithName("WorkflowHttpEndpoint")
            .ExcludeFromDescription();
}
