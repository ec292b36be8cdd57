namespace CallCenter.Telephony.Dtmf;

/// <summary>
/// DTMF in SIP INFO bodies, the fallback for peers without RFC 4733: application/dtmf-relay ("Signal=5") and
/// application/dtmf ("5"). Each INFO transaction is one press; retransmissions are absorbed by the transaction layer.
/// </summary>
public static class SipInfoDtmf
{
    public static char? TryParse(string? contentType, string body)
    {
        var type = contentType?.Split(';')[0].Trim().ToLowerInvariant();
        if (type == "application/dtmf-relay")
        {
            foreach (var line in body.Split('\n'))
            {
                var eq = line.IndexOf('=');
                if (eq < 0 || !line[..eq].Trim().Equals("Signal", StringComparison.OrdinalIgnoreCase)) continue;
                return Normalize(line[(eq + 1)..].Trim());
            }
            return null;
        }
        return type == "application/dtmf" ? Normalize(body.Trim()) : null;
    }

    private static char? Normalize(string signal)
    {
        if (signal.Length == 1) return DtmfEvents.ToEventCode(signal[0]) is null ? null : char.ToUpperInvariant(signal[0]);
        // Some phones send the event number instead of the key ("10" for *, "11" for #).
        return int.TryParse(signal, out var code) ? DtmfEvents.ToDigit(code) : null;
    }
}
