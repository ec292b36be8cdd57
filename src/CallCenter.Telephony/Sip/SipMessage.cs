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

    public CSeqHeader CSeq => CSeqHeader.TryParse(GetHeader(SipHeaderNames.CSeq), out var cseq) ? cseq : default;

    /// <summary>The topmost Via; the parser guarantees it exists and parses for every accepted message.</summary>
    public ViaHeader TopVia => ViaHeader.TryParse(GetHeader(SipHeaderNames.Via), out var via) ? via : new ViaHeader();

    public NameAddress From => NameAddress.Parse(GetHeader(SipHeaderNames.From));

    public NameAddress To => NameAddress.Parse(GetHeader(SipHeaderNames.To));

    public string? ContentType => GetHeader(SipHeaderNames.ContentType);

    public string BodyText => Encoding.UTF8.GetString(Body);

    public byte[] ToBytes() => SipSerializer.Serialize(this);

    public override string ToString() => Encoding.UTF8.GetString(ToBytes());
}
