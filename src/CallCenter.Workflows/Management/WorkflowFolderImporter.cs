using CallCenter.Workflows.Models;
using Microsoft.Extensions.Logging;

namespace CallCenter.Workflows.Management;

/// <summary>
/// Imports every *.json in a folder and publishes those whose content changed since their published version.
/// Idempotent (content hash), so every node may run it at start-up; a file that fails is reported, not fatal.
/// </summary>
public sealed class WorkflowFolderImporter(WorkflowDefinitionService definitions, ILogger<WorkflowFolderImporter> logger)
{
    public async Task<IReadOnlyList<ImportResult>> ImportAsync(string folder, CancellationToken ct = default)
    {
        var results = new List<ImportResult>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            ImportResult result;
            try
            {
                var definition = WorkflowJson.ParseDefinition(await File.ReadAllTextAsync(file, ct));
                result = await ImportWithRetryAsync(file, definition, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Workflow file {File} was not imported", file);
                result = new ImportResult(Path.GetFileName(file), null, null, false, e.Message);
            }
            results.Add(result);
        }
        return results;
    }

    private async Task<ImportResult> ImportWithRetryAsync(string file, WorkflowDefinition definition, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var (saved, changed) = await definitions.ImportAsync(definition, publish: true, ct);
                if (changed) logger.LogInformation("Published workflow {DefinitionId} v{Version} from {File}", saved.DefinitionId, saved.Version, file);
                return new ImportResult(Path.GetFileName(file), saved.DefinitionId, saved.Version, changed, null);
            }
            catch (Exception e) when (attempt < 3 && e is not WorkflowValidationException and not OperationCanceledException)
            {
                // Another node importing the same file at the same moment loses a unique-key race; its retry sees the result.
                logger.LogDebug(e, "Retrying the import of {File}", file);
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt), ct);
            }
        }
    }
}
