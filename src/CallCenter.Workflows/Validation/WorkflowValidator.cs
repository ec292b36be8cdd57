using System.Text.Json.Nodes;
using CallCenter.Workflows.Descriptors;
using CallCenter.Workflows.Models;

namespace CallCenter.Workflows.Validation;

/// <summary>
/// Checks a definition before it is saved or published and lists every problem at once, each pointing at the
/// activity or connection at fault, so the designer can mark them.
/// </summary>
public sealed class WorkflowValidator(ActivityRegistry registry)
{
    public IReadOnlyList<ValidationError> Validate(WorkflowDefinition definition)
    {
        var errors = new List<ValidationError>();
        if (string.IsNullOrWhiteSpace(definition.DefinitionId))
            errors.Add(new(ValidationCodes.MissingDefinitionId, "definitionId", "The definition needs a definitionId."));
        var activities = definition.Root.Activities;
        var ids = new Dictionary<string, ActivityNode>(StringComparer.Ordinal);
        var variables = definition.Variables.Select(v => v.Name).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < activities.Count; i++)
        {
            var node = activities[i];
            var path = $"root.activities[{i}]";
            if (!ids.TryAdd(node.Id, node))
                errors.Add(new(ValidationCodes.DuplicateActivityId, path + ".id", $"Activity id '{node.Id}' is used twice.", node.Id));
            var descriptor = registry.Find(node.Type);
            if (descriptor is null)
            {
                errors.Add(new(ValidationCodes.UnknownActivityType, path + ".type", $"Unknown activity type '{node.Type}'.", node.Id));
                continue;
            }
            foreach (var input in descriptor.Inputs.Where(d => d.Required))
            {
                if (!node.Inputs.TryGetValue(input.Name, out var value) || IsEmpty(value.Value))
                    errors.Add(new(ValidationCodes.MissingRequiredInput, $"{path}.inputs.{input.Name}",
                        $"'{node.Id}' needs a value for '{input.Name}'.", node.Id));
            }
            foreach (var (name, value) in node.Inputs)
            {
                if (!ExpressionSyntax.IsKnown(value.Syntax))
                    errors.Add(new(ValidationCodes.UnknownSyntax, $"{path}.inputs.{name}.syntax", $"Unknown syntax '{value.Syntax}'.", node.Id));
                else if (value.Syntax == ExpressionSyntax.Variable && value.Value is JsonValue v && v.TryGetValue<string>(out var variable)
                         && !variables.Contains(variable))
                    errors.Add(new(ValidationCodes.UnknownVariable, $"{path}.inputs.{name}.value", $"No variable named '{variable}'.", node.Id));
            }
        }

        var connections = definition.Root.Connections;
        for (var i = 0; i < connections.Count; i++)
        {
            var c = connections[i];
            var path = $"root.connections[{i}]";
            if (!ids.TryGetValue(c.Source.Activity, out var source))
                errors.Add(new(ValidationCodes.DanglingConnection, path + ".source", $"Connection starts at missing activity '{c.Source.Activity}'."));
            if (!ids.ContainsKey(c.Target.Activity))
                errors.Add(new(ValidationCodes.DanglingConnection, path + ".target", $"Connection ends at missing activity '{c.Target.Activity}'."));
            if (source is not null && registry.Find(source.Type) is { } d && !PortsOf(d, source).Contains(c.Source.Port))
                errors.Add(new(ValidationCodes.UnknownPort, path + ".source.port", $"'{source.Id}' has no port '{c.Source.Port}'.", source.Id));
        }

        var entries = Entries(definition).ToList();
        if (entries.Count == 0 && activities.Count > 0 || activities.Count == 0)
            errors.Add(new(ValidationCodes.NoStart, "root.activities", "The flowchart has no Start activity and no trigger to begin from."));
        else
        {
            var reached = Reach(definition, entries);
            foreach (var node in activities.Where(a => !reached.Contains(a.Id)))
                errors.Add(new(ValidationCodes.UnreachableActivity, $"root.activities[{activities.IndexOf(node)}]",
                    $"'{node.Id}' cannot be reached from the start.", node.Id));
        }
        return errors;
    }

    /// <summary>The Start activity, and every trigger nothing points to (a trigger can begin a run by itself).</summary>
    private IEnumerable<string> Entries(WorkflowDefinition definition)
    {
        var targets = definition.Root.Connections.Select(c => c.Target.Activity).ToHashSet(StringComparer.Ordinal);
        return definition.Root.Activities
            .Where(a => a.Type == "Start" || registry.Find(a.Type)?.Kind == ActivityKind.Trigger && !targets.Contains(a.Id))
            .Select(a => a.Id);
    }

    private static HashSet<string> Reach(WorkflowDefinition definition, IEnumerable<string> entries)
    {
        var next = definition.Root.Connections.ToLookup(c => c.Source.Activity, c => c.Target.Activity);
        var seen = new HashSet<string>(entries, StringComparer.Ordinal);
        var stack = new Stack<string>(seen);
        while (stack.Count > 0)
            foreach (var target in next[stack.Pop()])
                if (seen.Add(target)) stack.Push(target);
        return seen;
    }

    public static IReadOnlySet<string> PortsOf(ActivityDescriptor descriptor, ActivityNode node)
    {
        var ports = new HashSet<string>(descriptor.Outcomes, StringComparer.Ordinal);
        if (descriptor.OutcomesFromInput is { } inputName && node.Inputs.TryGetValue(inputName, out var input) && input.Value is JsonArray items)
        {
            foreach (var item in items)
            {
                if (item is JsonValue v && v.TryGetValue<string>(out var s)) ports.Add(s);
                else if (item is JsonObject o && o["label"] is JsonValue l && l.TryGetValue<string>(out var label)) ports.Add(label);
            }
        }
        return ports;
    }

    private static bool IsEmpty(JsonNode? value) =>
        value is null || value is JsonValue v && v.TryGetValue<string>(out var s) && string.IsNullOrWhiteSpace(s);
}
