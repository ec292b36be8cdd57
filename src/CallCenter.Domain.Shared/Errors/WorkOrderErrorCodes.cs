namespace CallCenter.Errors;

/// <summary>Error codes of contacts, work orders, SLAs, complaints and notifications; messages under the same key in WorkOrders.*.json.</summary>
public static class WorkOrderErrorCodes
{
    public const string IllegalTransition = "CallCenter:WorkOrders:001";
    public const string SymptomRequired = "CallCenter:WorkOrders:002";
    public const string NoStation = "CallCenter:WorkOrders:003";
    public const string TechnicianUnknown = "CallCenter:WorkOrders:004";
    public const string TechnicianOfOtherStation = "CallCenter:WorkOrders:005";
    public const string NotYourJob = "CallCenter:WorkOrders:006";
    public const string IdempotencyKeyRequired = "CallCenter:WorkOrders:007";
    public const string IdempotencyKeyReused = "CallCenter:WorkOrders:008";
    public const string PhotoNotAnImage = "CallCenter:WorkOrders:009";
    public const string PhotoTooLarge = "CallCenter:WorkOrders:010";
    public const string SignatureInvalid = "CallCenter:WorkOrders:011";
    public const string ReasonRequired = "CallCenter:WorkOrders:012";
    public const string ParentNotOpen = "CallCenter:WorkOrders:013";
    public const string ParentIsChild = "CallCenter:WorkOrders:014";
    public const string AlreadyPaused = "CallCenter:WorkOrders:015";
    public const string NotPaused = "CallCenter:WorkOrders:016";
    public const string ChildActsWithParent = "CallCenter:WorkOrders:017";
    public const string CategoryUnknown = "CallCenter:WorkOrders:018";
    public const string HouseholdUnknown = "CallCenter:WorkOrders:019";
    public const string NotAComplaint = "CallCenter:WorkOrders:020";
    public const string HighestLevel = "CallCenter:WorkOrders:021";
    public const string SupervisionClosed = "CallCenter:WorkOrders:022";

    public const string DispositionCodeTaken = "CallCenter:Contacts:001";
    public const string DispositionInUse = "CallCenter:Contacts:002";
    public const string DispositionParentUnknown = "CallCenter:Contacts:003";
    public const string CallerRequired = "CallCenter:Contacts:004";

    public const string CalendarInvalid = "CallCenter:Calendars:001";
    public const string TimeZoneUnknown = "CallCenter:Calendars:002";

    public const string NotificationNotFailed = "CallCenter:Notifications:001";
}
