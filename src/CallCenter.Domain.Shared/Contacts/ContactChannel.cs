namespace CallCenter.Contacts;

/// <summary>How a contact (服务请求) reached the company.</summary>
public enum ContactChannel
{
    Phone,
    WalkIn,
    Web,
    Email,
    Sms,
    /// <summary>Transferred from the government service hotline 12345.</summary>
    GovernmentHotline,
}
