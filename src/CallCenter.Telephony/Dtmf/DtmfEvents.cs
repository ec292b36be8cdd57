namespace CallCenter.Telephony.Dtmf;

/// <summary>RFC 4733 §3.2 event codes 0–15 and their keys.</summary>
public static class DtmfEvents
{
    private const string Keys = "0123456789*#ABCD";

    public static char? ToDigit(int eventCode) => eventCode is >= 0 and < 16 ? Keys[eventCode] : null;

    public static int? ToEventCode(char digit)
    {
        var index = Keys.IndexOf(char.ToUpperInvariant(digit));
        return index < 0 ? null : index;
    }
}
