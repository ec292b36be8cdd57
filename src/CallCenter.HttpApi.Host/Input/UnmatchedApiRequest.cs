using CallCenter.Errors;
using Microsoft.AspNetCore.Routing.Template;

namespace CallCenter.Input;

/// <summary>
/// The answer of the /api catch-all. Routing prefers a catch-all that accepts anything over its own 405/415 answers,
/// so without this a known address called with the wrong method or Content-Type looked like an unknown one (404).
/// Here the path is matched against the API's real routes again: no route → 404; a route, but not for this method →
/// 405 with Allow; a route for this method → it refused the Content-Type → 415.
/// </summary>
public sealed class UnmatchedApiRequest(EndpointDataSource endpoints, IInlineConstraintResolver constraints)
{
    private readonly Lazy<IReadOnlyList<Route>> _routes = new(() => Build(endpoints, constraints));

    public Task WriteAsync(HttpContext http)
    {
        var matching = _routes.Value.Where(r => r.Matches(http.Request.Path)).ToList();
        if (matching.Count == 0)
        {
            // An empty 404: UseStatusCodePages writes the same ProblemDetails every unknown route gets.
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }
        var method = http.Request.Method;
        if (!matching.Any(r => r.Methods.Count == 0 || r.Methods.Contains(method, StringComparer.OrdinalIgnoreCase)))
        {
            http.Response.Headers.Allow = string.Join(", ", matching.SelectMany(r => r.Methods).Distinct(StringComparer.OrdinalIgnoreCase));
            return InputProblem.WriteAsync(http, StatusCodes.Status405MethodNotAllowed, InputErrorCodes.MethodNotAllowed, null);
        }
        return InputProblem.WriteAsync(http, StatusCodes.Status415UnsupportedMediaType, InputErrorCodes.UnsupportedMediaType,
            new Dictionary<string, string[]> { ["Content-Type"] = [http.Request.ContentType ?? "(none)"] });
    }

    private static List<Route> Build(EndpointDataSource source, IInlineConstraintResolver resolver) =>
        source.Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true && e.RoutePattern.RawText.Contains("{**") == false)
            .Select(e => new Route(
                new TemplateMatcher(new RouteTemplate(e.RoutePattern), new RouteValueDictionary(e.RoutePattern.Defaults)),
                e.RoutePattern.ParameterPolicies
                    .SelectMany(p => p.Value.Where(r => r.Content is not null).Select(r => (p.Key, Constraint: resolver.ResolveConstraint(r.Content!))))
                    .Where(c => c.Constraint is not null)
                    .Select(c => (c.Key, c.Constraint!))
                    .ToList(),
                e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []))
            .ToList();

    private sealed record Route(TemplateMatcher Matcher, List<(string Key, IRouteConstraint Constraint)> Constraints, IReadOnlyList<string> Methods)
    {
        public bool Matches(PathString path)
        {
            var values = new RouteValueDictionary();
            return Matcher.TryMatch(path, values)
                   && Constraints.All(c => c.Constraint.Match(null, null, c.Key, values, RouteDirection.IncomingRequest));
        }
    }
}
