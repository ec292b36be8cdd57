namespace CallCenter.Telephony.Sip;

/// <summary>Canonical header names and the RFC 3261 §7.3.3 compact forms.</summary>
public static class SipHeaderNames
{
    public const string Via = "Via";
    public const string From = "From";
    public const string To = "To";
    public const string CallId = "Call-ID";
    public const string CSeq = "CSeq";
    public const string Contact = "Contact";
    public const string ContentType = "Content-Type";
    public const string ContentLength = "Content-Length";
    public const string MaxForwards = "Max-Forwards";
    public const string RecordRoute = "Record-Route";
    public const string Route = "Route";
    public const string Allow = "Allow";
    public const string Accept = "Accept";
    public const string Supported = "Supported";
    public const string UserAgent = "User-Agent";
    public const string Server = "Server";
    public const string Reason = "Reason";

    private static readonly Dictionary<string, string> Canonical = new(StringComparer.OrdinalIgnoreCase)
    {
        ["v"] = Via, ["f"] = From, ["t"] = To, ["i"] = CallId, ["m"] = Contact, ["c"] = ContentType,
        ["l"] = ContentLength, ["k"] = Supported, ["e"] = "Content-Encoding", ["s"] = "Subject",
        ["o"] = "Event", ["r"] = "Refer-To", ["b"] = "Referred-By", ["u"] = "Allow-Events", ["x"] = "Session-Expires",
        [Via] = Via, [From] = From, [To] = To, [CallId] = CallId, [CSeq] = CSeq, [Contact] = Contact,
        [ContentType] = ContentType, [ContentLength] = ContentLength, [MaxForwards] = MaxForwards,
        [RecordRoute] = RecordRoute, [Route] = Route, [Allow] = Allow, [Accept] = Accept, [Supported] = Supported,
        [UserAgent] = UserAgent, [Server] = Server, [Reason] = Reason,
    };

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CanonicalBySpan =
        Canonical.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Expands compact forms and fixes the case of well-known names; unknown names are kept as written.</summary>
    public static string Normalize(string name) => Canonical.TryGetValue(name, out var canonical) ? canonical : name;

    /// <summary>The same for a name still inside the datagram: well-known names cost no string.</summary>
    internal static string Normalize(ReadOnlySpan<char> name) => CanonicalBySpan.TryGetValue(name, out var canonical) ? canonical : name.ToString();

    /// <summary>Headers whose comma-separated values are split into separate entries (their values never contain bare commas).</summary>
    internal static bool IsCommaSeparatedList(string canonicalName) =>
        canonicalName is Via or Route or RecordRoute;
}
