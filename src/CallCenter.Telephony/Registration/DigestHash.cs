using System.Security.Cryptography;
using System.Text;

namespace CallCenter.Telephony.Registration;

/// <summary>
/// The digest computations of RFC 2617 / RFC 7616 as RFC 8760 applies them to SIP: HA1 = H(user:realm:password),
/// HA2 = H(method:uri), response = H(HA1:nonce:nc:cnonce:qop:HA2), each H in lower-case hex.
/// </summary>
public static class DigestHash
{
    /// <summary>The token used in the algorithm parameter ("MD5", "SHA-256").</summary>
    public static string Name(DigestAlgorithm algorithm) => algorithm switch
    {
        DigestAlgorithm.Sha256 => "SHA-256",
        _ => "MD5",
    };

    /// <summary>An absent algorithm parameter means MD5 (RFC 2617 §3.2.1); -sess and unknown names are refused.</summary>
    public static bool TryParse(string? name, out DigestAlgorithm algorithm)
    {
        algorithm = DigestAlgorithm.Md5;
        if (string.IsNullOrEmpty(name) || name.Equals("MD5", StringComparison.OrdinalIgnoreCase)) return true;
        if (!name.Equals("SHA-256", StringComparison.OrdinalIgnoreCase)) return false;
        algorithm = DigestAlgorithm.Sha256;
        return true;
    }

    public static string Hex(DigestAlgorithm algorithm, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return Convert.ToHexStringLower(algorithm == DigestAlgorithm.Sha256 ? SHA256.HashData(bytes) : MD5.HashData(bytes));
    }

    /// <summary>What a credential store keeps instead of the password.</summary>
    public static string Ha1(DigestAlgorithm algorithm, string user, string realm, string password) =>
        Hex(algorithm, $"{user}:{realm}:{password}");

    /// <summary>The request-digest for qop=auth.</summary>
    public static string Response(DigestAlgorithm algorithm, string ha1, string nonce, string nc, string cnonce, string qop,
        string method, string uri)
    {
        var ha2 = Hex(algorithm, $"{method}:{uri}");
        return Hex(algorithm, $"{ha1}:{nonce}:{nc}:{cnonce}:{qop}:{ha2}");
    }

    /// <summary>Compares two hex digests in constant time, ignoring the case of the hex letters.</summary>
    public static bool FixedTimeEquals(string expectedLowerHex, string received)
    {
        if (expectedLowerHex.Length != received.Length) return false;
        var difference = 0;
        for (var i = 0; i < received.Length; i++) difference |= expectedLowerHex[i] ^ char.ToLowerInvariant(received[i]);
        return difference == 0;
    }
}
