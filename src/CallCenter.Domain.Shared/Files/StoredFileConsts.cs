namespace CallCenter.Files;

public static class StoredFileConsts
{
    public const int MaxFileNameLength = 200;
    public const int MaxContentTypeLength = 64;
    public const int MaxStoragePathLength = 400;
    public const int MaxKindLength = 32;
    public const int MaxCreatorNameLength = 64;
}
