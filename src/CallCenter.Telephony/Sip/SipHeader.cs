namespace CallCenter.Telephony.Sip;

/// <summary>One header line. Names are stored in their canonical long form so lookups never care about compact forms.</summary>
public readonly record struct SipHeader(string Name, string Value);
