namespace CallCenter.Contacts;

public static class ContactConsts
{
    public const int MaxNotesLength = 2000;
    public const int MaxCallIdLength = 100;
    public const int MaxNumberLength = 32;
    public const int MaxCategoryCodeLength = 32;
    public const int MaxCategoryNameLength = 64;
}
