namespace CallCenter.Workflows.Stores.Entities;

/// <summary>
/// The journal lines one commit wrote, as one row: (instance, first sequence) is the key, so a committed step can
/// never be recorded twice (two runs from the same state start at the same sequence). One row per commit instead of
/// one per line: a cycle wrote about seven rows and fourteen index entries, now two and two.
/// </summary>
public sealed class JournalRecord
{
    public string InstanceId { get; set; } = "";
    public long Sequence { get; set; }

    /// <summary>JSON array of <c>JournalEntry</c> in the engine's dialect (camelCase, nulls omitted).</summary>
    public string Entries { get; set; } = "[]";
}
