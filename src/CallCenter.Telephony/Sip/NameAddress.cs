namespace CallCenter.Telephony.Sip;

/// <summary>From/To/Contact value: optional display name, the URI, and the tag parameter.</summary>
public readonly record struct NameAddress(string DisplayName, string Uri, string? Tag)
{
    public SipUri ParsedUri => SipUri.TryParse(Uri, out var uri) ? uri : SipUri.None;

    /// <summary>Lenient: whatever cannot be understood leaves the field empty, it never throws.</summary>
    public static NameAddress Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return new NameAddress("", "", null);
        string display = "", uri, parameters;
        var lt = value.IndexOf('<');
        var gt = lt < 0 ? -1 : value.IndexOf('>', lt);
        if (lt >= 0 && gt > lt)
        {
            display = value[..lt].Trim().Trim('"');
            uri = value[(lt + 1)..gt].Trim();
            parameters = value[(gt + 1)..];
        }
        else
        {
            // Without angle brackets, parameters after ';' belong to the header, not the URI (RFC 3261 §20.10).
            var semi = value.IndexOf(';');
            uri = (semi < 0 ? value : value[..semi]).Trim();
            parameters = semi < 0 ? "" : value[semi..];
        }
        string? tag = null;
        foreach (var p in parameters.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (p.StartsWith("tag=", StringComparison.OrdinalIgnoreCase)) tag = p[4..];
        }
        return new NameAddress(display, uri, tag);
    }
}
