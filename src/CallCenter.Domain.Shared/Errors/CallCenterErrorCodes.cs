namespace CallCenter.Errors;

/// <summary>
/// Stable error codes `CallCenter:&lt;Area&gt;:&lt;nnn&gt;` carried in every ProblemDetails. Clients switch on these, never
/// on message text; the localized message lives in the localization JSON under the same key.
/// </summary>
public static class CallCenterErrorCodes
{
    public const string ValidationFailed = "CallCenter:Validation:001";
    public const string NotFound = "CallCenter:General:404";
    public const string Forbidden = "CallCenter:General:403";
    public const string Unauthorized = "CallCenter:General:401";
    public const string ConcurrencyConflict = "CallCenter:General:409";
    public const string Unexpected = "CallCenter:General:500";

    public const string HouseholdAccountNumberTaken = "CallCenter:Customers:001";
    public const string HouseholdPhoneInvalid = "CallCenter:Customers:002";
    public const string HouseholdStationUnknown = "CallCenter:Customers:003";
    public const string ImportFileUnreadable = "CallCenter:Customers:010";
    public const string ImportFileTooLarge = "CallCenter:Customers:011";

    public const string StationCodeTaken = "CallCenter:Stations:001";
    public const string StationCommunityTaken = "CallCenter:Stations:002";
    public const string StationHasHouseholds = "CallCenter:Stations:003";
    public const string DepartmentCodeTaken = "CallCenter:Stations:004";

    public const string LoginFailed = "CallCenter:Identity:001";
    public const string LockedOut = "CallCenter:Identity:002";
    public const string UserNameTaken = "CallCenter:Identity:003";
    public const string PasswordRejected = "CallCenter:Identity:004";
    public const string RoleUnknown = "CallCenter:Identity:005";
    public const string PermissionUnknown = "CallCenter:Identity:006";
    public const string StationRequiredForRole = "CallCenter:Identity:007";
    public const string CannotRemoveOwnAdministrator = "CallCenter:Identity:008";
}
