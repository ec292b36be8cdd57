using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace CallCenter.Telephony.Registration;

/// <summary>
/// Stateless nonces: base64url(issued-at in Unix milliseconds ‖ 8 random bytes ‖ first 16 bytes of
/// HMAC-SHA256(key, issued-at ‖ random ‖ realm)). Nothing is stored per challenge, so a flood of unauthenticated
/// REGISTERs costs no memory; any node holding the key can check a nonce another issued. The random part keeps two
/// phones challenged in the same millisecond from sharing a nonce (their nc=1 would look like a replay).
/// </summary>
public sealed class NonceService
{
    private const int StampBytes = 16; // issued-at (8) and random (8): what the MAC covers
    private const int MacBytes = 16;
    private static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(5);
    private readonly byte[] _key;
    private readonly byte[] _realm;

    public NonceService(byte[] key, string realm, TimeSpan lifetime)
    {
        if (key.Length < 16) throw new ArgumentException("the nonce key needs at least 16 bytes", nameof(key));
        _key = key;
        _realm = Encoding.UTF8.GetBytes(realm);
        Lifetime = lifetime;
    }

    public TimeSpan Lifetime { get; }

    public string Issue(DateTimeOffset now)
    {
        Span<byte> nonce = stackalloc byte[StampBytes + MacBytes];
        BinaryPrimitives.WriteInt64BigEndian(nonce, now.ToUnixTimeMilliseconds());
        RandomNumberGenerator.Fill(nonce[8..StampBytes]);
        Mac(nonce[..StampBytes], nonce[StampBytes..]);
        return Base64UrlEncode(nonce);
    }

    public NonceCheck Check(string nonce, DateTimeOffset now) => Check(nonce, now, out _);

    public NonceCheck Check(string nonce, DateTimeOffset now, out DateTimeOffset issuedAt)
    {
        issuedAt = default;
        Span<byte> raw = stackalloc byte[StampBytes + MacBytes];
        if (nonce.Length != EncodedLength || !TryBase64UrlDecode(nonce, raw)) return NonceCheck.Invalid;
        Span<byte> expected = stackalloc byte[MacBytes];
        Mac(raw[..StampBytes], expected);
        if (!CryptographicOperations.FixedTimeEquals(expected, raw[StampBytes..])) return NonceCheck.Invalid;
        var millis = BinaryPrimitives.ReadInt64BigEndian(raw);
        if (millis < 0 || millis > DateTimeOffset.MaxValue.ToUnixTimeMilliseconds()) return NonceCheck.Invalid;
        issuedAt = DateTimeOffset.FromUnixTimeMilliseconds(millis);
        if (issuedAt > now + ClockSkew) return NonceCheck.Invalid;
        return now - issuedAt <= Lifetime ? NonceCheck.Valid : NonceCheck.Stale;
    }

    private void Mac(ReadOnlySpan<byte> stamp, Span<byte> destination)
    {
        Span<byte> input = stackalloc byte[StampBytes + _realm.Length];
        stamp.CopyTo(input);
        _realm.CopyTo(input[StampBytes..]);
        Span<byte> full = stackalloc byte[32];
        HMACSHA256.HashData(_key, input, full);
        full[..MacBytes].CopyTo(destination);
    }

    private static readonly int EncodedLength = Base64Url.GetEncodedLength(StampBytes + MacBytes);

    private static string Base64UrlEncode(ReadOnlySpan<byte> bytes) => Base64Url.EncodeToString(bytes);

    private static bool TryBase64UrlDecode(string text, Span<byte> destination) =>
        Base64Url.TryDecodeFromChars(text, destination, out var written) && written == destination.Length;
}
