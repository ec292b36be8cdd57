using System.Buffers.Binary;

namespace CallCenter.Telephony.Media;

/// <summary>
/// Reads and writes the WAV files telephony uses: 8 kHz mono, 16-bit PCM (format 1), A-law (6) or µ-law (7).
/// Anything else is rejected with <see cref="WavFormatException"/> so that an uploaded file is validated once, at load.
/// </summary>
public static class WavFile
{
    public const int SampleRate = 8000;
    private const int FormatPcm = 1, FormatALaw = 6, FormatMuLaw = 7;

    public static short[] ReadPcm(string path) => ReadPcm(File.ReadAllBytes(path));

    public static short[] ReadPcm(ReadOnlySpan<byte> file)
    {
        if (file.Length < 12 || !file[..4].SequenceEqual("RIFF"u8) || !file.Slice(8, 4).SequenceEqual("WAVE"u8))
            throw new WavFormatException("not a RIFF/WAVE file");
        int format = 0, channels = 0, rate = 0, bits = 0;
        var offset = 12;
        while (offset + 8 <= file.Length)
        {
            var id = file.Slice(offset, 4);
            var size = BinaryPrimitives.ReadInt32LittleEndian(file.Slice(offset + 4, 4));
            var bodyStart = offset + 8;
            if (size < 0) throw new WavFormatException("negative chunk size");
            var available = Math.Min(size, file.Length - bodyStart); // tolerate a data chunk cut short (streaming writers)
            var body = file.Slice(bodyStart, available);
            if (id.SequenceEqual("fmt "u8))
            {
                if (body.Length < 16) throw new WavFormatException("fmt chunk too short");
                format = BinaryPrimitives.ReadUInt16LittleEndian(body);
                channels = BinaryPrimitives.ReadUInt16LittleEndian(body[2..]);
                rate = BinaryPrimitives.ReadInt32LittleEndian(body[4..]);
                bits = BinaryPrimitives.ReadUInt16LittleEndian(body[14..]);
                if (format == 0xFFFE && body.Length >= 26) format = BinaryPrimitives.ReadUInt16LittleEndian(body[24..]); // WAVE_FORMAT_EXTENSIBLE
            }
            else if (id.SequenceEqual("data"u8))
            {
                if (format == 0) throw new WavFormatException("data chunk before fmt chunk");
                if (channels != 1 || rate != SampleRate)
                    throw new WavFormatException($"need 8000 Hz mono, got {rate} Hz with {channels} channels (convert with: sox in.wav -r 8000 -c 1 -b 16 out.wav)");
                return format switch
                {
                    FormatPcm when bits == 16 => DecodePcm16(body),
                    FormatALaw when bits == 8 => DecodeG711(G711Law.ALaw, body),
                    FormatMuLaw when bits == 8 => DecodeG711(G711Law.MuLaw, body),
                    _ => throw new WavFormatException($"unsupported format {format} with {bits} bits per sample"),
                };
            }
            offset = bodyStart + size + (size & 1); // chunks are word-aligned
        }
        throw new WavFormatException("no data chunk");
    }

    private static short[] DecodePcm16(ReadOnlySpan<byte> body)
    {
        var samples = new short[body.Length / 2];
        for (var i = 0; i < samples.Length; i++) samples[i] = BinaryPrimitives.ReadInt16LittleEndian(body[(i * 2)..]);
        return samples;
    }

    private static short[] DecodeG711(G711Law law, ReadOnlySpan<byte> body)
    {
        var samples = new short[body.Length];
        G711.Decode(law, body, samples);
        return samples;
    }

    public static void WritePcm(string path, ReadOnlySpan<short> samples) => File.WriteAllBytes(path, ToPcmBytes(samples));

    public static byte[] ToPcmBytes(ReadOnlySpan<short> samples)
    {
        var copy = samples.ToArray();
        return Build(FormatPcm, 16, copy.Length * 2, span =>
        {
            for (var i = 0; i < copy.Length; i++) BinaryPrimitives.WriteInt16LittleEndian(span[(i * 2)..], copy[i]);
        });
    }

    /// <summary>Writes G.711 bytes as they are (format 6/7), e.g. to keep a recording bit-exact.</summary>
    public static byte[] ToG711Bytes(G711Law law, ReadOnlySpan<byte> encoded)
    {
        var copy = encoded.ToArray();
        return Build(law == G711Law.ALaw ? FormatALaw : FormatMuLaw, 8, copy.Length, span => copy.CopyTo(span));
    }

    private delegate void FillData(Span<byte> data);

    private static byte[] Build(int format, int bits, int dataLength, FillData fill)
    {
        var file = new byte[HeaderLength + dataLength + (dataLength & 1)];
        var s = file.AsSpan();
        WriteHeader(s, format, bits, 1, dataLength, file.Length - 8);
        fill(s.Slice(HeaderLength, dataLength));
        return file;
    }

    /// <summary>Length of the canonical header (RIFF, fmt, data) our writers produce.</summary>
    public const int HeaderLength = 44;

    /// <summary>The 44-byte header of a 16-bit PCM 8 kHz file with <paramref name="channels"/> channels (stereo recordings streamed to disk).</summary>
    public static void WriteHeader(Span<byte> header, int channels, int dataLength) =>
        WriteHeader(header, FormatPcm, 16, channels, dataLength, HeaderLength - 8 + dataLength);

    private static void WriteHeader(Span<byte> s, int format, int bits, int channels, int dataLength, int riffLength)
    {
        "RIFF"u8.CopyTo(s);
        BinaryPrimitives.WriteInt32LittleEndian(s[4..], riffLength);
        "WAVEfmt "u8.CopyTo(s[8..]);
        BinaryPrimitives.WriteInt32LittleEndian(s[16..], 16);
        BinaryPrimitives.WriteUInt16LittleEndian(s[20..], (ushort)format);
        BinaryPrimitives.WriteUInt16LittleEndian(s[22..], (ushort)channels);
        BinaryPrimitives.WriteInt32LittleEndian(s[24..], SampleRate);
        BinaryPrimitives.WriteInt32LittleEndian(s[28..], SampleRate * channels * bits / 8);
        BinaryPrimitives.WriteUInt16LittleEndian(s[32..], (ushort)(channels * bits / 8));
        BinaryPrimitives.WriteUInt16LittleEndian(s[34..], (ushort)bits);
        "data"u8.CopyTo(s[36..]);
        BinaryPrimitives.WriteInt32LittleEndian(s[40..], dataLength);
    }
}
