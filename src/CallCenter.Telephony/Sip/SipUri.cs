using System.Globalization;

namespace CallCenter.Telephony.Sip;

/// <summary>The parts of a sip:/sips:/tel: URI this stack needs: scheme, user, host, port.</summary>
public readonly record struct SipUri(string Scheme, string User, string Host, int? Port)
{
    /// <summary>
    /// What an unparseable URI reads as: every part empty, never null. (<c>default(SipUri)</c> has null strings; handing
    /// that out let a From of &lt;mailto:…&gt; reach the call record as a null caller number.)
    /// </summary>
    public static readonly SipUri None = new("", "", "", null);

    public static bool TryParse(string? value, out SipUri uri)
    {
        uri = None;
        if (string.IsNullOrWhiteSpace(value)) return false;
        var colon = value.IndexOf(':');
        if (colon <= 0) return false;
        var scheme = value[..colon].ToLowerInvariant();
        var rest = value[(colon + 1)..];
        if (scheme == "tel")
        {
            var semi = rest.IndexOf(';');
            uri = new SipUri(scheme, semi < 0 ? rest : rest[..semi], "", null);
            return rest.Length > 0;
        }
        if (scheme is not ("sip" or "sips")) return false;
        var end = rest.IndexOfAny([';', '?']);
        var userHost = end < 0 ? rest : rest[..end];
        var at = userHost.LastIndexOf('@');
        var user = at < 0 ? "" : userHost[..at];
        var colonInUser = user.IndexOf(':');
        if (colonInUser >= 0) user = user[..colonInUser]; // drop a password
        if (!TryParseHostPort(at < 0 ? userHost : userHost[(at + 1)..], out var host, out var port)) return false;
        uri = new SipUri(scheme, Unescape(user), host, port);
        return true;
    }

    /// <summary>
    /// %-escapes decoded, unless that would put a control character (%00, %0A, …) into the user part: such a user stays
    /// as sent, so what the application stores or shows is always printable text.
    /// </summary>
    private static string Unescape(string user)
    {
        if (!user.Contains('%')) return user;
        var decoded = Uri.UnescapeDataString(user);
        return decoded.Any(char.IsControl) ? user : decoded;
    }

    /// <summary>host, host:port, [v6] or [v6]:port; host characters are checked loosely (no spaces, no delimiters).</summary>
    internal static bool TryParseHostPort(string s, out string host, out int? port)
    {
        host = "";
        port = null;
        if (s.Length == 0) return false;
        string portText;
        if (s[0] == '[')
        {
            var close = s.IndexOf(']');
            if (close < 0) return false;
            host = s[..(close + 1)];
            portText = s[(close + 1)..];
            if (portText.Length > 0 && portText[0] != ':') return false;
            portText = portText.Length > 0 ? portText[1..] : "";
            if (portText.Length == 0 && s.Length > close + 1) return false;
        }
        else
        {
            var colon = s.IndexOf(':');
            host = colon < 0 ? s : s[..colon];
            portText = colon < 0 ? "" : s[(colon + 1)..];
            if (colon >= 0 && portText.Length == 0) return false;
        }
        if (host.Length == 0 || host.Any(c => c is ' ' or '\t' or ';' or ',' or '<' or '>' or '"' or '@' or '/' or '\\' || char.IsControl(c))) return false;
        if (portText.Length > 0)
        {
            if (!int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out var p) || p is < 1 or > 65535) return false;
            port = p;
        }
        return true;
    }
}
