using System.ComponentModel.DataAnnotations;

namespace CallCenter.Auth;

/// <summary>Bearer tokens for API clients (configuration section "Jwt"; validated at start, messages name the setting).</summary>
public sealed class JwtOptions
{
    public const string Section = "Jwt";
    [Required(ErrorMessage = "Jwt:Issuer must not be empty.")]
    public string Issuer { get; set; } = "CallCenter";
    [Required(ErrorMessage = "Jwt:Audience must not be empty.")]
    public string Audience { get; set; } = "CallCenter.Api";
    /// <summary>At least 32 characters. run.sh generates one under .data/; without it a random key lives until restart.</summary>
    [MinLength(32, ErrorMessage = "Jwt:SigningKey must be at least 32 characters (or unset for a random key until restart).")]
    public string SigningKey { get; set; } = "";
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00", ErrorMessage = "Jwt:Lifetime must be between 00:01:00 and 30.00:00:00.")]
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromHours(8);
}
