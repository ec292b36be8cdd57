using CallCenter.Workflows.Management;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CallCenter.Workflows;

/// <summary>Publishes the shipped workflows/*.json at start-up when their content changed (idempotent on every node).</summary>
public sealed class WorkflowFolderImportService(WorkflowFolderImporter importer, WorkflowHostOptions options, IHostEnvironment environment,
    ILogger<WorkflowFolderImportService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.ImportAtStartup) return;
        var folder = ResolveFolder();
        if (folder is null)
        {
            logger.LogWarning("No workflows folder found (set Workflows:DefinitionsPath); no definitions imported");
            return;
        }
        try
        {
            var results = await importer.ImportAsync(folder, cancellationToken);
            logger.LogInformation("Workflow import from {Folder}: {Changed} published, {Unchanged} unchanged, {Failed} failed", folder,
                results.Count(r => r.Changed), results.Count(r => r.Error is null && !r.Changed), results.Count(r => r.Error is not null));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The app still serves; the operator sees the error and the previously published versions keep running.
            logger.LogError(e, "Workflow import from {Folder} failed", folder);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private string? ResolveFolder()
    {
        if (options.DefinitionsPath is { Length: > 0 } configured)
            return Directory.Exists(configured) ? configured : null;
        for (var dir = new DirectoryInfo(environment.ContentRootPath); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "workflows");
            if (Directory.Exists(candidate) && Directory.EnumerateFiles(candidate, "*.json").Any()) return candidate;
        }
        return null;
    }
}
