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

    /// <summary>The method's constant for the usual methods (no string allocated per message), else a new string.</summary>
    internal static string Intern(ReadOnlySpan<char> method) => method switch
    {
        Invite => Invite,
        Ack => Ack,
        Bye => Bye,
        Cancel => Cancel,
        Options => Options,
        Info => Info,
        Register => Register,
        "NOTIFY" => "NOTIFY",
        "REFER" => "REFER",
        _ => method.ToString(),
    };

    /// <summary>What this UAS answers; everything else gets 405 with this list.</summary>
    public const string AllowList = "INVITE, ACK, BYE, CANCEL, OPTIONS, INFO";
}
