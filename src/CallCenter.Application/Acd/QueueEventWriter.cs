using System.Text.Json;
using System.Text.Json.Nodes;

namespace CallCenter.Acd;

/// <summary>
/// The ACD's event sink (ADR 0600 D6): each batch is one INSERT statement (<see cref="IQueueEventStore"/>), off the
/// routing path. A Data that is not a JSON object is kept as <c>{"text": …}</c>: one malformed event must not make
/// PostgreSQL refuse the whole batch it travels in.
/// </summary>
public sealed class QueueEventWriter(IQueueEventStore store) : IQueueEventWriter
{
    public Task AppendAsync(IReadOnlyList<QueueEventDto> batch, CancellationToken ct = default) =>
        batch.Count == 0 ? Task.CompletedTask : store.AppendAsync(batch.Select(ToRow).ToList(), ct);

    public Task<int> CloseOpenChainsAsync(DateTimeOffset startedBefore, DateTimeOffset at, CancellationToken ct = default) =>
        store.CloseOpenChainsAsync(startedBefore, at, ct);

    private static QueueEvent ToRow(QueueEventDto e) =>
        new(e.At, e.Kind, e.CallRecordId, e.QueueId, e.AgentId, e.WaitMs, e.TalkMs, e.WrapMs, JsonObjectOrWrapped(e.Data));

    private static string? JsonObjectOrWrapped(string? data)
    {
        if (string.IsNullOrEmpty(data)) return null;
        try
        {
            using var doc = JsonDocument.Parse(data);
            // PostgreSQL jsonb rejects \u0000 even inside a valid JSON string.
            if (doc.RootElement.ValueKind == JsonValueKind.Object && !data.Contains("\\u0000", StringComparison.Ordinal)) return data;
        }
        catch (JsonException)
        {
        }
        return new JsonObject { ["text"] = data.Replace("\0", "", StringComparison.Ordinal) }.ToJsonString();
    }
}
