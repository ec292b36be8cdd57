using System.Text.Json.Nodes;
using CallCenter.Workflows.Runtime;
using Npgsql;

namespace CallCenter.Workflows.Stores;

internal static class StimulusReader
{
    public const string Columns = "id, name, hash, correlation_id, bookmark_id, is_timer, payload::text, created_at, expires_at";

    public static async Task<List<StimulusRecord>> ReadAllAsync(NpgsqlDataReader reader, CancellationToken ct)
    {
        var list = new List<StimulusRecord>();
        while (await reader.ReadAsync(ct))
        {
            list.Add(new StimulusRecord(
                reader.GetInt64(0), reader.GetString(1), reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.GetBoolean(5),
                reader.IsDBNull(6) ? null : JsonNode.Parse(reader.GetString(6)),
                reader.GetFieldValue<DateTimeOffset>(7), reader.GetFieldValue<DateTimeOffset>(8)));
        }
        return list;
    }
}
