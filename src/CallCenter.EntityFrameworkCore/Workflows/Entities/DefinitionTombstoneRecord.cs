namespace CallCenter.Workflows.Stores.Entities;

/// <summary>
/// The highest version a deleted definition reached. A definition created again under the same id continues after
/// it, so (definition id, version) names one content forever: caches on other nodes, instances kept after the delete
/// and anything else that pins a version can never meet a different flow under the same pair.
/// </summary>
public sealed class DefinitionTombstoneRecord
{
    public string DefinitionId { get; set; } = "";
    public int LastVersion { get; set; }
    public DateTimeOffset DeletedAt { get; set; }
}
