using System.Text.Json.Nodes;

namespace CallCenter.Workflows.Execution;

/// <summary>
/// A trigger that fires on a schedule rather than on a request (Timer with a cron expression). The runtime asks
/// it for occurrences from the payload indexed at publish, so the schedule lives in the trigger index, not in memory.
/// </summary>
public interface IScheduledTriggerActivity : ITriggerActivity
{
    /// <summary>The first occurrence strictly after <paramref name="after"/>; null when there is none. Throws FormatException on a bad payload.</summary>
    DateTimeOffset? NextOccurrence(JsonObject? payload, DateTimeOffset after);
}
