using System.Globalization;

namespace CallCenter.Telephony.Sip;

public readonly record struct CSeqHeader(uint Number, string Method)
{
    public static bool TryParse(string? value, out CSeqHeader cseq)
    {
        cseq = default;
        if (value is null) return false;
        var parts = value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        // RFC 3261 §8.1.1.5: the sequence number must be below 2**31.
        if (parts.Length != 2 || !uint.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n >= 1u << 31) return false;
        if (!SipToken.IsToken(parts[1])) return false;
        cseq = new CSeqHeader(n, parts[1]);
        return true;
    }

    public override string ToString() => $"{Number} {Method}";
}
