namespace CallCenter.Settings;

/// <summary>What the web app needs to know about the company: its name, its time zone for showing dates.</summary>
public sealed record CompanySettingsDto(string Name, string TimeZone, string DefaultAreaCode, string HotlineNumber);
