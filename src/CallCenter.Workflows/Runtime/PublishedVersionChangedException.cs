namespace CallCenter.Workflows.Runtime;

/// <summary>
/// A start from this node's cache of published versions was refused by the store because the version is no longer the
/// published one (another node published or unpublished since); the runtime forgets the entry and starts again.
/// </summary>
internal sealed class PublishedVersionChangedException(string definitionId, int version)
    : Exception($"Workflow {definitionId} v{version} is no longer the published version.");
