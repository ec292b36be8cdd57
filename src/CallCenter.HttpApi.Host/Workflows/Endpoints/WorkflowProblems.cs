using System.Text.Json;
using CallCenter.Workflows.Management;
using CallCenter.Workflows.Runtime;
using Microsoft.AspNetCore.Http;

namespace CallCenter.Workflows;

/// <summary>
/// The engine's exceptions as ProblemDetails with "code" = CallCenter:Workflows:nnn; validation errors list the
/// offending paths under "errors" and the activity ids under "activities", for the designer to mark.
/// </summary>
public static class WorkflowProblems
{
    public static IResult Problem(int status, string code, string detail) =>
        TypedResults.Problem(detail: detail, title: detail, statusCode: status, extensions: new Dictionary<string, object?> { ["code"] = code });

    public static IResult Invalid(WorkflowValidationException e)
    {
        var errors = e.Errors.GroupBy(x => x.Path).ToDictionary(g => g.Key, g => g.Select(x => x.Message).ToArray());
        var activities = e.Errors.Where(x => x.ActivityId is not null).GroupBy(x => x.ActivityId!)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Code).ToArray());
        return TypedResults.ValidationProblem(errors, detail: "The workflow definition is invalid.", title: "The workflow definition is invalid.",
            extensions: new Dictionary<string, object?> { ["code"] = WorkflowErrorCodes.ValidationFailed, ["activities"] = activities });
    }

    /// <summary>A start whose input does not fit the declared inputs: errors keyed by "input.&lt;name&gt;", codes per field.</summary>
    public static IResult InvalidInput(WorkflowInputException e)
    {
        var errors = e.Errors.GroupBy(x => x.Path).ToDictionary(g => g.Key, g => g.Select(x => x.Message).ToArray());
        var codes = e.Errors.GroupBy(x => x.Path).ToDictionary(g => g.Key, g => g.Select(x => x.Code).ToArray());
        return TypedResults.ValidationProblem(errors, detail: e.Message, title: "The workflow input is invalid.",
            extensions: new Dictionary<string, object?> { ["code"] = WorkflowErrorCodes.InvalidInput, ["fieldCodes"] = codes });
    }

    public static IResult MalformedJson(JsonException e) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [e.Path is { Length: > 1 } p ? p.TrimStart('$', '.') : "body"] = [e.Message] },
            detail: "The body is not a workflow definition.", title: "The body is not a workflow definition.",
            extensions: new Dictionary<string, object?> { ["code"] = WorkflowErrorCodes.MalformedJson });

    /// <summary>Endpoint filter: the engine's exceptions never reach the generic 500 handler.</summary>
    public static async ValueTask<object?> Filter(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        // Every definition route at once: an id longer than the stores keep cannot name a definition (and must not reach them).
        if (context.HttpContext.Request.RouteValues["definitionId"] is string definitionId
            && WorkflowLimits.Check(("definitionId", definitionId, WorkflowLimits.MaxDefinitionIdLength)) is { Count: > 0 } tooLong)
            return InvalidInput(new WorkflowInputException(definitionId[..WorkflowLimits.MaxDefinitionIdLength], tooLong));
        try
        {
            return await next(context);
        }
        catch (WorkflowValidationException e)
        {
            return Invalid(e);
        }
        catch (WorkflowInputException e)
        {
            return InvalidInput(e);
        }
        catch (WorkflowNotFoundException e)
        {
            return Problem(404, WorkflowErrorCodes.DefinitionNotFound, e.Message);
        }
        catch (JsonException e)
        {
            return MalformedJson(e);
        }
    }
}
