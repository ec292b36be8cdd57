using System.ComponentModel.DataAnnotations;

namespace CallCenter.Settings;

/// <summary>
/// The heating company this installation serves (configuration section "Company"). Validated at start
/// (ValidateOnStart): every message names the setting, so a wrong value stops the host with its key.
/// </summary>
public sealed class CompanyOptions : IValidatableObject
{
    public const string Section = "Company";

    [Required(ErrorMessage = "Company:Name must not be empty.")]
    public string Name { get; set; } = "哈尔滨示范热力有限公司";
    /// <summary>IANA zone in which dates are shown and days/months are cut for reports.</summary>
    [Required(ErrorMessage = "Company:TimeZone must not be empty.")]
    public string TimeZone { get; set; } = "Asia/Shanghai";
    /// <summary>Area code a caller's 8-digit local landline belongs to.</summary>
    [RegularExpression(@"^0\d{2,3}$", ErrorMessage = "Company:DefaultAreaCode must be an area code such as 0451.")]
    public string DefaultAreaCode { get; set; } = "0451";
    [Required(ErrorMessage = "Company:HotlineNumber must not be empty.")]
    public string HotlineNumber { get; set; } = "0451-96556";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // Reports cut days in this zone; an unknown id would only fail on the first report otherwise.
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _))
            yield return new ValidationResult($"Company:TimeZone '{TimeZone}' is not a known time zone (IANA id such as Asia/Shanghai).", [nameof(TimeZone)]);
    }
}
