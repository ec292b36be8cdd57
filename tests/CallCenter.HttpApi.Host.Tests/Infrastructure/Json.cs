using System.Text.Json;
using System.Text.Json.Serialization;

namespace CallCenter.Infrastructure;

/// <summary>The API's JSON conventions (camelCase, enums as strings), for reading responses in tests.</summary>
public static class Json
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
}
