using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Workflows.Designer;

/// <summary>Records an edit through the host's <see cref="IWorkflowEditLog"/> when it has one (looked up per request, so the engine's API also runs without it).</summary>
public static class WorkflowEditRecorder
{
    public static Task RecordAsync(HttpContext http, string definitionId, WorkflowEditKind kind, int? version) =>
        http.RequestServices.GetService<IWorkflowEditLog>()?.RecordAsync(definitionId, kind, version, http.RequestAborted) ?? Task.CompletedTask;
}
