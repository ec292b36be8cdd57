using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CallCenter.Workflows.Models;
using CallCenter.Workflows.Validation;

namespace CallCenter.Workflows.Execution;

/// <summary>
/// The definition's declared inputs and outputs made real: a start's input is checked against the inputs (required,
/// type), and on completion the declared outputs are collected — an output set by a script (setOutput) wins, else
/// the variable of the same name supplies it (Elsa binds outputs to variables the same way).
/// </summary>
public static class WorkflowArguments
{
    public const string MissingInput = "MissingInput";
    public const string InvalidInputType = "InvalidInputType";

    public static IReadOnlyList<ValidationError> ValidateInput(WorkflowDefinition definition, JsonObject? input)
    {
        var errors = new List<ValidationError>();
        foreach (var argument in definition.Inputs)
        {
            var value = input?[argument.Name];
            var path = "input." + argument.Name;
            if (value is null)
            {
                if (argument.Required)
                    errors.Add(new ValidationError(MissingInput, path, $"The input '{argument.Name}' is required."));
                continue;
            }
            if (!Fits(argument.Type, value))
                errors.Add(new ValidationError(InvalidInputType, path,
                    $"The input '{argument.Name}' must be of type {argument.Type}, not {Describe(value)}."));
        }
        return errors;
    }

    /// <summary>Fills the declared outputs that no script set from the variables of the same name.</summary>
    public static void CollectOutputs(WorkflowDefinition definition, WorkflowState state)
    {
        foreach (var argument in definition.Outputs)
        {
            if (state.Output?.ContainsKey(argument.Name) == true) continue;
            if (!state.Variables.TryGetValue(argument.Name, out var value)) continue;
            (state.Output ??= new JsonObject())[argument.Name] = value?.DeepClone();
        }
    }

    /// <summary>Types are the designer's names; unknown or "Object" accept any JSON value.</summary>
    private static bool Fits(string type, JsonNode value) => type.ToLowerInvariant() switch
    {
        "string" => Kind(value) == JsonValueKind.String,
        "boolean" or "bool" => Kind(value) is JsonValueKind.True or JsonValueKind.False,
        "number" or "double" or "decimal" or "single" or "float" => Kind(value) == JsonValueKind.Number,
        "int32" or "int64" or "integer" or "int" or "long" => Kind(value) == JsonValueKind.Number
                                                             && decimal.TryParse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
                                                             && decimal.Truncate(d) == d,
        "datetime" or "datetimeoffset" or "date" => Kind(value) == JsonValueKind.String
                                                    && DateTimeOffset.TryParse(value.GetValue<string>(), CultureInfo.InvariantCulture, out _),
        "timespan" => Kind(value) == JsonValueKind.Number || Kind(value) == JsonValueKind.String && IsDuration(value.GetValue<string>()),
        "array" => value is JsonArray,
        _ => true,
    };

    private static bool IsDuration(string text)
    {
        try { return DurationParser.Parse(text) is not null; }
        catch (FormatException) { return false; }
    }

    private static JsonValueKind Kind(JsonNode value) => value.GetValueKind();

    private static string Describe(JsonNode value) => value.GetValueKind() switch
    {
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => value.GetValueKind().ToString(),
    };
}
