using CallCenter.Workflows.Models;

namespace CallCenter.Workflows.Support;

/// <summary>Definition fixtures in the engine's JSON (Elsa's scenario-test style): Fixtures/*.json copied to the output.</summary>
public static class Fixtures
{
    public static string Text(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name + ".json"));

    public static WorkflowDefinition Load(string name) => WorkflowJson.ParseDefinition(Text(name));
}
