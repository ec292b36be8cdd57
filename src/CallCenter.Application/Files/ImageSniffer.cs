using System.Buffers.Binary;

namespace CallCenter.Files;

/// <summary>
/// Recognizes an image by its first bytes (never by the name or the declared type, which a client controls) and
/// reads its size where the header makes that cheap.
/// </summary>
public static class ImageSniffer
{
    public static SniffedContent? Detect(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 24 && head[..8].SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }))
            return new("image/png", ".png", BinaryPrimitives.ReadInt32BigEndian(head[16..]), BinaryPrimitives.ReadInt32BigEndian(head[20..]));
        if (head.Length >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF)
        {
            var (w, h) = JpegSize(head);
            return new("image/jpeg", ".jpg", w, h);
        }
        if (head.Length >= 10 && head[0] == (byte)'G' && head[1] == (byte)'I' && head[2] == (byte)'F' && head[3] == (byte)'8')
            return new("image/gif", ".gif", BinaryPrimitives.ReadUInt16LittleEndian(head[6..]), BinaryPrimitives.ReadUInt16LittleEndian(head[8..]));
        if (head.Length >= 12 && head[..4].SequenceEqual("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
            return new("image/webp", ".webp", null, null);
        return null;
    }

    /// <summary>Walks the JPEG segments to the first start-of-frame marker within the bytes given.</summary>
    private static (int?, int?) JpegSize(ReadOnlySpan<byte> data)
    {
        var i = 2;
        while (i + 9 < data.Length)
        {
            if (data[i] != 0xFF) return (null, null);
            var marker = data[i + 1];
            var length = BinaryPrimitives.ReadUInt16BigEndian(data[(i + 2)..]);
            if (marker is >= 0xC0 and <= 0xCF && marker is not (0xC4 or 0xC8 or 0xCC))
                return (BinaryPrimitives.ReadUInt16BigEndian(data[(i + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(data[(i + 5)..]));
            i += 2 + length;
        }
        return (null, null);
    }

    /// <summary>A PNG and nothing else (a signature pad draws PNGs).</summary>
    public static SniffedContent? DetectPng(ReadOnlySpan<byte> head) => Detect(head) is { ContentType: "image/png" } png ? png : null;
}
