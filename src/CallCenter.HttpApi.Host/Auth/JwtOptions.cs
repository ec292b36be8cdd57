namespace CallCenter.Auth;

/// <summary>Bearer tokens for API clients (configuration section "Jwt").</summary>
public sealed class JwtOptions
{
    public const string Section = "Jwt";
    public string Issuer { get; set; } = "CallCenter";
    public string Audience { get; set; } = "CallCenter.Api";
    /// <summary>At least 32 characters. run.sh generates one under .data/; without it a random key lives until restart.</summary>
    public string SigningKey { get; set; } = "";
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromHours(8);
}
