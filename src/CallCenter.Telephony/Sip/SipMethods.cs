namespace CallCenter.Telephony.Sip;

public static class SipMethods
{
    public const string Invite = "INVITE";
    public const string Ack = "ACK";
    public const string Bye = "BYE";
    public const string Cancel = "CANCEL";
    public const string Options = "OPTIONS";
    public const string Info = "INFO";
    public const string Register = "REGISTER";

    /// <summary>What this UAS answers; everything else gets 405 with this list.</summary>
    public const string AllowList = "INVITE, ACK, BYE, CANCEL, OPTIONS, INFO";
}
