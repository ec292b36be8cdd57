namespace CallCenter.Telephony.Calls;

public enum DigitCollectionEnd
{
    MaxDigits,
    Terminator,
    Timeout,
    HungUp,
}
