using System.Security.Cryptography;
using System.Text;

namespace CallCenter.Acd;

/// <summary>
/// HA1 = H(user:realm:password) in lower-case hex, MD5 and SHA-256 (RFC 2617 / RFC 8760) — the same computation as
/// CallCenter.Telephony.Registration.DigestHash.Ha1, which Application may not reference (the telephony stack is a
/// library that knows no database). AcdAgentApiTests checks the two agree.
/// </summary>
public static class SipHa1
{
    public static string Md5(string user, string realm, string password) =>
        Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes($"{user}:{realm}:{password}")));

    public static string Sha256(string user, string realm, string password) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{user}:{realm}:{password}")));

    /// <summary>A random password from letters and digits (no symbols: phones' keypad menus make them painful to type).</summary>
    public static string NewPassword(int length = AcdConsts.GeneratedPasswordLength) =>
        RandomNumberGenerator.GetString("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789", length);
}
