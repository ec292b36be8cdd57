namespace CallCenter.Telephony.Calls;

public sealed record DigitCollectionResult(string Digits, DigitCollectionEnd End);
