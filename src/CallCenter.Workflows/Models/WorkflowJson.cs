using System.Collections;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using CallCenter.Workflows.Execution;

namespace CallCenter.Workflows.Models;

/// <summary>
/// The one JSON dialect of the engine: camelCase, enums as strings, nulls omitted — and, inside instance state only,
/// empty collections omitted too (a suspended instance has no queue, most have no joins), which keeps state small.
/// Definitions keep their empty arrays: the designer reads them as they are.
/// </summary>
public static class WorkflowJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            NumberHandling = JsonNumberHandling.AllowReadingFromString,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { OmitEmptyCollectionsInState } },
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    private static void OmitEmptyCollectionsInState(JsonTypeInfo type)
    {
        if (type.Type != typeof(WorkflowState) && type.Type != typeof(ScheduledStep) && type.Type != typeof(BookmarkState)) return;
        foreach (var property in type.Properties)
            if (typeof(ICollection).IsAssignableFrom(property.PropertyType))
                property.ShouldSerialize = (_, value) => value is not null and not ICollection { Count: 0 };
    }

    public static WorkflowDefinition ParseDefinition(string json) =>
        JsonSerializer.Deserialize<WorkflowDefinition>(json, Options)
        ?? throw new JsonException("The workflow definition is empty.");

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Deserialize<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)!;
}
