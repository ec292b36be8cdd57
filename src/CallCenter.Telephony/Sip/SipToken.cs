namespace CallCenter.Telephony.Sip;

/// <summary>RFC 3261 §25.1 token characters, used to validate methods and header names.</summary>
internal static class SipToken
{
    public static bool IsToken(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty) return false;
        foreach (var c in s)
        {
            if (!IsTokenChar(c)) return false;
        }
        return true;
    }

    public static bool IsTokenChar(char c) =>
        c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9'
            or '-' or '.' or '!' or '%' or '*' or '_' or '+' or '`' or '\'' or '~';
}
