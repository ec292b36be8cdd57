namespace CallCenter.Settings;

/// <summary>The heating company this installation serves (configuration section "Company").</summary>
public sealed class CompanyOptions
{
    public const string Section = "Company";

    public string Name { get; set; } = "哈尔滨示范热力有限公司";
    /// <summary>IANA zone in which dates are shown and days/months are cut for reports.</summary>
    public string TimeZone { get; set; } = "Asia/Shanghai";
    /// <summary>Area code a caller's 8-digit local landline belongs to.</summary>
    public string DefaultAreaCode { get; set; } = "0451";
    public string HotlineNumber { get; set; } = "0451-96556";
}
