namespace CallCenter.Telephony.Media;

/// <summary>
/// ITU-T G.711 µ-law and A-law. Encoding and decoding are table lookups (64 KiB per law for encoding, built once),
/// so the media clock thread spends no time on companding arithmetic.
/// </summary>
public static class G711
{
    private static readonly short[] MuLawDecode = new short[256];
    private static readonly short[] ALawDecode = new short[256];
    private static readonly byte[] MuLawEncode = new byte[65536];
    private static readonly byte[] ALawEncode = new byte[65536];

    static G711()
    {
        for (var i = 0; i < 256; i++)
        {
            MuLawDecode[i] = DecodeMuLaw((byte)i);
            ALawDecode[i] = DecodeALaw((byte)i);
        }
        for (var s = short.MinValue; s <= short.MaxValue; s++)
        {
            MuLawEncode[(ushort)s] = EncodeMuLaw(s);
            ALawEncode[(ushort)s] = EncodeALaw(s);
            if (s == short.MaxValue) break;
        }
    }

    /// <summary>The code closest to zero amplitude: what silence looks like on the wire (A-law has no exact zero).</summary>
    public static byte Silence(G711Law law) => law == G711Law.MuLaw ? (byte)0xFF : (byte)0xD5;

    public static byte Encode(G711Law law, short sample) =>
        law == G711Law.MuLaw ? MuLawEncode[(ushort)sample] : ALawEncode[(ushort)sample];

    public static short Decode(G711Law law, byte value) =>
        law == G711Law.MuLaw ? MuLawDecode[value] : ALawDecode[value];

    public static void Encode(G711Law law, ReadOnlySpan<short> pcm, Span<byte> output)
    {
        var table = law == G711Law.MuLaw ? MuLawEncode : ALawEncode;
        for (var i = 0; i < pcm.Length; i++) output[i] = table[(ushort)pcm[i]];
    }

    public static void Decode(G711Law law, ReadOnlySpan<byte> encoded, Span<short> output)
    {
        var table = law == G711Law.MuLaw ? MuLawDecode : ALawDecode;
        for (var i = 0; i < encoded.Length; i++) output[i] = table[encoded[i]];
    }

    // Reference algorithms (Sun/CCITT g711.c), used only to fill the tables.
    private static byte EncodeMuLaw(short sample)
    {
        const int bias = 0x84, clip = 32635;
        int pcm = sample;
        var sign = (pcm >> 8) & 0x80;
        if (sign != 0) pcm = -pcm;
        if (pcm > clip) pcm = clip;
        pcm += bias;
        var exponent = 7;
        for (var mask = 0x4000; (pcm & mask) == 0 && exponent > 0; mask >>= 1) exponent--;
        var mantissa = (pcm >> (exponent + 3)) & 0x0F;
        return (byte)~(sign | (exponent << 4) | mantissa);
    }

    private static short DecodeMuLaw(byte value)
    {
        var u = ~value & 0xFF;
        var t = ((u & 0x0F) << 3) + 0x84;
        t <<= (u & 0x70) >> 4;
        return (short)((u & 0x80) != 0 ? 0x84 - t : t - 0x84);
    }

    private static byte EncodeALaw(short sample)
    {
        int pcm = sample >> 3; // A-law works on 13-bit magnitudes
        int mask;
        if (pcm >= 0) mask = 0xD5;
        else
        {
            mask = 0x55;
            pcm = -pcm - 1;
        }
        int[] segEnd = [0x1F, 0x3F, 0x7F, 0xFF, 0x1FF, 0x3FF, 0x7FF, 0xFFF];
        var seg = 0;
        while (seg < 8 && pcm > segEnd[seg]) seg++;
        if (seg >= 8) return (byte)(0x7F ^ mask);
        var aval = seg << 4;
        aval |= seg < 2 ? (pcm >> 1) & 0x0F : (pcm >> seg) & 0x0F;
        return (byte)(aval ^ mask);
    }

    private static short DecodeALaw(byte value)
    {
        var a = value ^ 0x55;
        var t = (a & 0x0F) << 4;
        var seg = (a & 0x70) >> 4;
        t = seg switch
        {
            0 => t + 8,
            1 => t + 0x108,
            _ => (t + 0x108) << (seg - 1),
        };
        return (short)((a & 0x80) != 0 ? t : -t);
    }
}
