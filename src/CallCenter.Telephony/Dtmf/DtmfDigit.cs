namespace CallCenter.Telephony.Dtmf;

/// <summary>One key press, reported exactly once.</summary>
public sealed record DtmfDigit(char Digit, DtmfSource Source, DateTimeOffset ReceivedAt);
