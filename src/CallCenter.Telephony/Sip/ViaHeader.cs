using System.Globalization;
using System.Text;

namespace CallCenter.Telephony.Sip;

/// <summary>One Via value: "SIP/2.0/UDP host:port;branch=z9hG4bK...;rport;received=...".</summary>
public sealed record ViaHeader
{
    public string Transport { get; init; } = "UDP";
    public string Host { get; init; } = "";
    public int? Port { get; init; }
    public string? Branch { get; init; }
    public string? Received { get; init; }
    /// <summary>True when the rport parameter is present (with or without a value).</summary>
    public bool HasRport { get; init; }
    public int? Rport { get; init; }
    /// <summary>Parameters other than branch/received/rport, in order, value null for flags.</summary>
    public IReadOnlyList<KeyValuePair<string, string?>> OtherParameters { get; init; } = [];

    public string SentBy => Port is { } p ? $"{Host}:{p}" : Host;

    public static bool TryParse(string? value, out ViaHeader via)
    {
        via = new ViaHeader();
        if (string.IsNullOrWhiteSpace(value)) return false;
        var parts = value.Split(';');
        var protoAndHost = parts[0].Trim();
        var space = protoAndHost.IndexOfAny([' ', '\t']);
        if (space < 0) return false;
        var protocol = protoAndHost[..space].Replace(" ", "").Split('/');
        if (protocol.Length != 3 || !protocol[0].Trim().Equals("SIP", StringComparison.OrdinalIgnoreCase) || protocol[1].Trim() != "2.0") return false;
        if (!SipToken.IsToken(protocol[2].Trim())) return false;
        if (!SipUri.TryParseHostPort(protoAndHost[(space + 1)..].Trim(), out var host, out var port)) return false;

        string? branch = null, received = null;
        int? rport = null;
        var hasRport = false;
        var others = new List<KeyValuePair<string, string?>>();
        for (var i = 1; i < parts.Length; i++)
        {
            var p = parts[i].Trim();
            if (p.Length == 0) return false;
            var eq = p.IndexOf('=');
            var name = (eq < 0 ? p : p[..eq]).Trim();
            var val = eq < 0 ? null : p[(eq + 1)..].Trim();
            if (!SipToken.IsToken(name)) return false;
            switch (name.ToLowerInvariant())
            {
                case "branch": branch = val; break;
                case "received": received = val; break;
                case "rport":
                    hasRport = true;
                    if (!string.IsNullOrEmpty(val))
                    {
                        if (!int.TryParse(val, NumberStyles.None, CultureInfo.InvariantCulture, out var rp) || rp is < 1 or > 65535) return false;
                        rport = rp;
                    }
                    break;
                default: others.Add(new(name, val)); break;
            }
        }
        via = new ViaHeader
        {
            Transport = protocol[2].Trim().ToUpperInvariant(), Host = host, Port = port, Branch = branch,
            Received = received, HasRport = hasRport, Rport = rport, OtherParameters = others,
        };
        return true;
    }

    public override string ToString()
    {
        var sb = new StringBuilder("SIP/2.0/").Append(Transport).Append(' ').Append(SentBy);
        if (Branch is not null) sb.Append(";branch=").Append(Branch);
        foreach (var (k, v) in OtherParameters) sb.Append(';').Append(k).Append(v is null ? "" : "=" + v);
        if (Received is not null) sb.Append(";received=").Append(Received);
        if (HasRport) sb.Append(";rport").Append(Rport is { } r ? "=" + r.ToString(CultureInfo.InvariantCulture) : "");
        return sb.ToString();
    }
}
