using System.Text;

namespace CallCenter.Telephony.Registration;

/// <summary>The parameters of one "Authorization: Digest …" value (RFC 3261 §25.1 digest-response).</summary>
public sealed record DigestCredentials
{
    public string Username { get; init; } = "";
    public string Realm { get; init; } = "";
    public string Nonce { get; init; } = "";
    public string Uri { get; init; } = "";
    public string Response { get; init; } = "";
    public string? Algorithm { get; init; }
    public string? Qop { get; init; }
    public string? Nc { get; init; }
    public string? Cnonce { get; init; }
    public string? Opaque { get; init; }

    /// <summary>
    /// Total: false for anything that is not a Digest value with username, realm, nonce, uri and response. Values may
    /// be quoted (with backslash escapes) or tokens; clients differ on quoting qop and algorithm, both are accepted.
    /// </summary>
    public static bool TryParse(string? value, out DigestCredentials credentials)
    {
        credentials = new DigestCredentials();
        if (string.IsNullOrWhiteSpace(value)) return false;
        var text = value.AsSpan().Trim();
        if (text.Length < 7 || !text[..6].Equals("Digest", StringComparison.OrdinalIgnoreCase) || !char.IsWhiteSpace(text[6])) return false;
        var parameters = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var rest = text[7..].ToString();
        var i = 0;
        while (i < rest.Length)
        {
            while (i < rest.Length && (char.IsWhiteSpace(rest[i]) || rest[i] == ',')) i++;
            if (i >= rest.Length) break;
            var nameStart = i;
            while (i < rest.Length && rest[i] != '=' && !char.IsWhiteSpace(rest[i]) && rest[i] != ',') i++;
            var name = rest[nameStart..i];
            while (i < rest.Length && char.IsWhiteSpace(rest[i])) i++;
            if (name.Length == 0 || i >= rest.Length || rest[i] != '=') return false;
            i++;
            while (i < rest.Length && char.IsWhiteSpace(rest[i])) i++;
            string paramValue;
            if (i < rest.Length && rest[i] == '"')
            {
                var sb = new StringBuilder();
                i++;
                var closed = false;
                while (i < rest.Length)
                {
                    var c = rest[i++];
                    if (c == '\\' && i < rest.Length) sb.Append(rest[i++]);
                    else if (c == '"') { closed = true; break; }
                    else sb.Append(c);
                }
                if (!closed) return false;
                paramValue = sb.ToString();
            }
            else
            {
                var valueStart = i;
                while (i < rest.Length && rest[i] != ',' && !char.IsWhiteSpace(rest[i])) i++;
                paramValue = rest[valueStart..i];
            }
            if (!parameters.TryAdd(name, paramValue)) return false; // a repeated parameter is ambiguous: refuse
        }
        string? Get(string key) => parameters.TryGetValue(key, out var v) ? v : null;
        if (Get("username") is not { Length: > 0 } user || Get("realm") is not { } realm || Get("nonce") is not { Length: > 0 } nonce
            || Get("uri") is not { Length: > 0 } uri || Get("response") is not { Length: > 0 } response)
            return false;
        credentials = new DigestCredentials
        {
            Username = user, Realm = realm, Nonce = nonce, Uri = uri, Response = response, Algorithm = Get("algorithm"),
            Qop = Get("qop"), Nc = Get("nc"), Cnonce = Get("cnonce"), Opaque = Get("opaque"),
        };
        return true;
    }
}
