using System.Globalization;
using CallCenter.Telephony.Sip;

namespace CallCenter.Telephony.Registration;

/// <summary>
/// Reads the Contact header(s) of a REGISTER (RFC 3261 §20.10): several comma-separated entries per line, commas
/// inside quoted display names and angle brackets not counting, "*" alone. Total: returns an error text instead of
/// throwing, so a malformed REGISTER gets 400.
/// </summary>
public static class ContactHeaderParser
{
    public const int MaxContacts = 32;

    public static bool TryParse(IEnumerable<string> headerValues, out List<RequestedContact> contacts, out bool wildcard, out string error)
    {
        contacts = [];
        wildcard = false;
        error = "";
        foreach (var value in headerValues)
        {
            foreach (var entry in Split(value))
            {
                var text = entry.Trim();
                if (text.Length == 0)
                {
                    error = "empty Contact entry";
                    return false;
                }
                if (text == "*")
                {
                    wildcard = true;
                    continue;
                }
                if (!TryParseEntry(text, out var contact, out error)) return false;
                contacts.Add(contact);
                if (contacts.Count > MaxContacts)
                {
                    error = "too many contacts";
                    return false;
                }
            }
        }
        if (wildcard && contacts.Count > 0)
        {
            error = "Contact: * must be the only contact";
            return false;
        }
        return true;
    }

    private static IEnumerable<string> Split(string value)
    {
        var start = 0;
        var inQuotes = false;
        var inBrackets = false;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (inQuotes)
            {
                if (c == '\\') i++;
                else if (c == '"') inQuotes = false;
            }
            else if (c == '"') inQuotes = true;
            else if (c == '<') inBrackets = true;
            else if (c == '>') inBrackets = false;
            else if (c == ',' && !inBrackets)
            {
                yield return value[start..i];
                start = i + 1;
            }
        }
        yield return value[start..];
    }

    private static bool TryParseEntry(string text, out RequestedContact contact, out string error)
    {
        contact = new RequestedContact("", null, null);
        error = "";
        string uri, parameters;
        var lt = IndexOutsideQuotes(text, '<');
        if (lt >= 0)
        {
            var gt = text.IndexOf('>', lt);
            if (gt < 0)
            {
                error = "Contact has '<' without '>'";
                return false;
            }
            uri = text[(lt + 1)..gt].Trim();
            parameters = text[(gt + 1)..];
        }
        else
        {
            // addr-spec without brackets: parameters after ';' belong to the header, not the URI.
            var semi = text.IndexOf(';');
            uri = (semi < 0 ? text : text[..semi]).Trim();
            parameters = semi < 0 ? "" : text[semi..];
        }
        if (!SipUri.TryParse(uri, out var parsed) || parsed.Scheme is not ("sip" or "sips"))
        {
            error = "Contact is not a sip: URI";
            return false;
        }
        long? expires = null;
        string? instance = null;
        foreach (var p in parameters.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = p.IndexOf('=');
            var name = eq < 0 ? p : p[..eq].Trim();
            var val = eq < 0 ? "" : p[(eq + 1)..].Trim();
            if (name.Equals("expires", StringComparison.OrdinalIgnoreCase))
            {
                if (!TryParseDeltaSeconds(val, out var seconds))
                {
                    error = "Contact expires is not a number of seconds";
                    return false;
                }
                expires = seconds;
            }
            else if (name.Equals("+sip.instance", StringComparison.OrdinalIgnoreCase))
            {
                instance = val.Trim('"');
            }
        }
        contact = new RequestedContact(uri, expires, instance);
        return true;
    }

    /// <summary>delta-seconds: digits only; values beyond 2^32-1 are read as that (RFC 3261 §20.19 says treat them as max).</summary>
    internal static bool TryParseDeltaSeconds(string? text, out long seconds)
    {
        seconds = 0;
        if (string.IsNullOrEmpty(text) || text.Length > 40 || !text.All(char.IsAsciiDigit)) return false;
        seconds = long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed <= uint.MaxValue ? parsed : uint.MaxValue;
        return true;
    }

    private static int IndexOutsideQuotes(string text, char target)
    {
        var inQuotes = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '\\') i++;
                else if (c == '"') inQuotes = false;
            }
            else if (c == '"') inQuotes = true;
            else if (c == target) return i;
        }
        return -1;
    }
}
