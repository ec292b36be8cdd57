using System.Text;

namespace CallCenter.Telephony.Sip;

/// <summary>Common part of requests and responses: an ordered header list and a raw body.</summary>
public abstract class SipMessage
{
    public List<SipHeader> Headers { get; } = [];

    public byte[] Body { get; set; } = [];

    public string? GetHeader(string name)
    {
        var canonical = SipHeaderNames.Normalize(name);
        foreach (var h in Headers)
        {
            if (string.Equals(h.Name, canonical, StringComparison.OrdinalIgnoreCase)) return h.Value;
        }
        return null;
    }

    /// <summary>Like <see cref="GetHeaders"/>, but allocation-free in a foreach.</summary>
    public SipHeaderValues HeaderValues(string name) => new(Headers, SipHeaderNames.Normalize(name));

    public IEnumerable<string> GetHeaders(string name)
    {
        var canonical = SipHeaderNames.Normalize(name);
        return Headers.Where(h => string.Equals(h.Name, canonical, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value);
    }

    public void AddHeader(string name, string value) => Headers.Add(new SipHeader(SipHeaderNames.Normalize(name), value));

    /// <summary>Replaces every occurrence of the header (or adds it) at the position of the first one.</summary>
    public void SetHeader(string name, string value)
    {
        var canonical = SipHeaderNames.Normalize(name);
        var index = Headers.FindIndex(h => string.Equals(h.Name, canonical, StringComparison.OrdinalIgnoreCase));
        RemoveHeader(canonical);
        if (index < 0 || index > Headers.Count) Headers.Add(new SipHeader(canonical, value));
        else Headers.Insert(index, new SipHeader(canonical, value));
    }

    public void RemoveHeader(string name)
    {
        var canonical = SipHeaderNames.Normalize(name);
        Headers.RemoveAll(h => string.Equals(h.Name, canonical, StringComparison.OrdinalIgnoreCase));
    }

    public string CallId => GetHeader(SipHeaderNames.CallId) ?? "";

    // Parsed header values, each remembered with the exact string it was parsed from: the stack reads Via, CSeq,
    // From and To many times per message, and re-parsing them was a large share of the signalling allocations.
    // A header replaced in Headers is a different string instance, so a stale value is never returned; one
    // reference per cache keeps readers on other threads consistent.
    private ParsedHeader<CSeqHeader>? _cseq;
    private ParsedHeader<ViaHeader>? _topVia;
    private ParsedHeader<NameAddress>? _from;
    private ParsedHeader<NameAddress>? _to;

    public CSeqHeader CSeq => Parsed(ref _cseq, SipHeaderNames.CSeq, static raw => CSeqHeader.TryParse(raw, out var cseq) ? cseq : default);

    /// <summary>The topmost Via; the parser guarantees it exists and parses for every accepted message.</summary>
    public ViaHeader TopVia => Parsed(ref _topVia, SipHeaderNames.Via, static raw => ViaHeader.TryParse(raw, out var via) ? via : new ViaHeader());

    public NameAddress From => Parsed(ref _from, SipHeaderNames.From, static raw => NameAddress.Parse(raw));

    public NameAddress To => Parsed(ref _to, SipHeaderNames.To, static raw => NameAddress.Parse(raw));

    /// <summary>Lets the parser hand over the top Via it already parsed while validating.</summary>
    internal void RememberTopVia(string raw, ViaHeader via) => _topVia = new ParsedHeader<ViaHeader>(raw, via);

    private T Parsed<T>(ref ParsedHeader<T>? cache, string name, Func<string?, T> parse)
    {
        var raw = GetHeader(name);
        var cached = Volatile.Read(ref cache);
        if (cached is not null && ReferenceEquals(cached.Raw, raw)) return cached.Value;
        var value = parse(raw);
        Volatile.Write(ref cache, new ParsedHeader<T>(raw, value));
        return value;
    }

    private sealed record ParsedHeader<T>(string? Raw, T Value);

    public string? ContentType => GetHeader(SipHeaderNames.ContentType);

    public string BodyText => Encoding.UTF8.GetString(Body);

    public byte[] ToBytes() => SipSerializer.Serialize(this);

    public override string ToString() => Encoding.UTF8.GetString(ToBytes());
}
