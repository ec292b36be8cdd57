using System.Security.Cryptography;
using System.Text;
using CallCenter.Workflows.Models;

namespace CallCenter.Workflows.Management;

/// <summary>A hash of what a definition does (not its version bookkeeping), so re-importing an unchanged file is a no-op.</summary>
public static class ContentHash
{
    public static string Of(WorkflowDefinition definition)
    {
        var copy = WorkflowJson.ParseDefinition(WorkflowJson.Serialize(definition));
        copy.Id = "";
        copy.Version = 0;
        copy.IsLatest = false;
        copy.IsPublished = false;
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(WorkflowJson.Serialize(copy))));
    }
}
