using System.Globalization;

namespace CallCenter.Telephony.Sip;

public readonly record struct CSeqHeader(uint Number, string Method)
{
    public static bool TryParse(string? value, out CSeqHeader cseq)
    {
        cseq = default;
        if (value is null) return false;
        // Exactly two whitespace-separated parts, read in place (no Split): number and method.
        var s = value.AsSpan().Trim();
        var gap = IndexOfWhitespace(s);
        if (gap < 0) return false;
        var number = s[..gap];
        var method = s[gap..].TrimStart();
        if (method.IsEmpty || IndexOfWhitespace(method) >= 0) return false;
        // RFC 3261 §8.1.1.5: the sequence number must be below 2**31.
        if (!uint.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n >= 1u << 31) return false;
        if (!SipToken.IsToken(method)) return false;
        cseq = new CSeqHeader(n, SipMethods.Intern(method));
        return true;
    }

    /// <summary>The separators string.Split(null) used: every char.IsWhiteSpace character.</summary>
    private static int IndexOfWhitespace(ReadOnlySpan<char> s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsWhiteSpace(s[i])) return i;
        }
        return -1;
    }

    public override string ToString() => $"{Number} {Method}";
}
