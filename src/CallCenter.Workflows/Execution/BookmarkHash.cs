using System.Security.Cryptography;
using System.Text;

namespace CallCenter.Workflows.Execution;

/// <summary>
/// Bookmarks, triggers and stimuli meet on a hash of name + correlation key, so lookup is one indexed equality
/// whatever the payload looks like.
/// </summary>
public static class BookmarkHash
{
    public static string Compute(string name, string? key)
    {
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(name + "\u001f" + (key ?? "")), digest);
        return Convert.ToHexString(digest[..16]);
    }
}
