using System.Text.Json.Nodes;
using CallCenter.Workflows.Models;

namespace CallCenter.Workflows.Execution;

/// <summary>A trigger activity says, from its literal inputs, under which name and key it is indexed on publish.</summary>
public interface ITriggerActivity
{
    IEnumerable<(string Name, string Key, JsonObject? Payload)> GetTriggers(ActivityNode node);
}
