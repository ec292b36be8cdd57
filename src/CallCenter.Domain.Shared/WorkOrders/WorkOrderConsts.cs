namespace CallCenter.WorkOrders;

public static class WorkOrderConsts
{
    public const int MaxNumberLength = 32;
    public const int MaxSymptomLength = 500;
    public const int MaxDescriptionLength = 2000;
    public const int MaxReasonLength = 500;
    public const int MaxNotesLength = 2000;
    public const int MaxLocationLength = 200;
    public const int MaxContactNameLength = 64;
    public const int MaxIdempotencyKeyLength = 100;
    public const int MaxPartNameLength = 100;
    public const int MaxUnitLength = 16;
    /// <summary>Photos are downscaled in the browser; anything larger than this is refused.</summary>
    public const long DefaultMaxPhotoBytes = 5 * 1024 * 1024;
    public const int MaxSignatureBytes = 512 * 1024;
    public const decimal MinIndoorTempC = -40m;
    public const decimal MaxIndoorTempC = 45m;
}
