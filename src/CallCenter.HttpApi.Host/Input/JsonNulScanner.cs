using System.Buffers;
using System.Text;
using System.Text.Json;

namespace CallCenter.Input;

/// <summary>
/// Finds the first JSON string (value or property name) that decodes to text with U+0000 and names its path
/// ("phones[0].number"). In JSON a NUL can only arrive escaped ("\u0000"), so a body without that byte sequence is
/// passed at the cost of one vectorized search; only a body with it is parsed.
/// </summary>
public static class JsonNulScanner
{
    private static readonly byte[] EscapedNul = "\\u0000"u8.ToArray();

    /// <summary>Bytes read from the body per step: the scan holds this much (plus a few bytes) at a time, never the whole body.</summary>
    private const int ChunkSize = 16 * 1024;

    /// <summary>
    /// Reads the stream to its end looking for an escaped NUL, one pooled chunk at a time, carrying the last bytes of each
    /// chunk over so a "\u0000" split between two reads is still seen. True as soon as one is found (the rest is not read).
    /// </summary>
    public static async Task<bool> ContainsEscapedNulAsync(Stream body, CancellationToken ct)
    {
        var carry = EscapedNul.Length - 1;
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkSize + carry);
        try
        {
            var kept = 0;
            int read;
            while ((read = await body.ReadAsync(buffer.AsMemory(kept, ChunkSize), ct)) > 0)
            {
                var filled = kept + read;
                if (buffer.AsSpan(0, filled).IndexOf(EscapedNul) >= 0) return true;
                kept = Math.Min(filled, carry);
                buffer.AsSpan(filled - kept, kept).CopyTo(buffer);
            }
            return false;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The path of the first string holding U+0000; null when there is none or the body is not JSON (the binder says so).</summary>
    public static string? FindNul(ReadOnlySpan<byte> json)
    {
        if (json.IndexOf(EscapedNul) < 0) return null;
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var path = new List<Segment>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        Advance(path);
                        path.Add(new Segment(reader.TokenType == JsonTokenType.StartArray, -1, null));
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        path.RemoveAt(path.Count - 1);
                        break;
                    case JsonTokenType.PropertyName:
                        path[^1] = path[^1] with { Property = reader.GetString() };
                        if (HasNul(ref reader)) return Render(path);
                        break;
                    case JsonTokenType.String:
                        Advance(path);
                        if (HasNul(ref reader)) return Render(path);
                        break;
                    default:
                        Advance(path);
                        break;
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON: the endpoint's own reader answers 400 with its position.
        }
        return null;
    }

    private static bool HasNul(ref Utf8JsonReader reader) => reader.ValueIsEscaped && reader.GetString()!.Contains('\0');

    /// <summary>A value inside an array moves that array's index on.</summary>
    private static void Advance(List<Segment> path)
    {
        if (path.Count > 0 && path[^1].IsArray) path[^1] = path[^1] with { Index = path[^1].Index + 1 };
    }

    private static string Render(List<Segment> path)
    {
        var text = new StringBuilder();
        foreach (var segment in path)
        {
            if (segment.IsArray) text.Append('[').Append(segment.Index).Append(']');
            else if (segment.Property is { } name) text.Append(text.Length == 0 ? "" : ".").Append(name.Replace("\0", "\\u0000", StringComparison.Ordinal));
        }
        return text.Length == 0 ? "body" : text.ToString();
    }

    private readonly record struct Segment(bool IsArray, int Index, string? Property);
}
