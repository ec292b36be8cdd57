namespace CallCenter.Notifications;

public static class NotificationConsts
{
    public const int MaxTitleLength = 200;
    public const int MaxBodyLength = 2000;
    public const int MaxPhoneLength = 32;
    public const int MaxErrorLength = 1000;
}
