using System.Buffers.Binary;

namespace CallCenter.Telephony.Rtp;

/// <summary>An RTP packet (RFC 3550 §5.1). The payload aliases the buffer it was parsed from: copy it to keep it.</summary>
public readonly record struct RtpPacket(byte PayloadType, bool Marker, ushort SequenceNumber, uint Timestamp, uint Ssrc, ReadOnlyMemory<byte> Payload)
{
    public const int HeaderLength = 12;

    /// <summary>Validates version, CSRC count, extension and padding; false for anything that is not well-formed RTP.</summary>
    public static bool TryParse(ReadOnlyMemory<byte> data, out RtpPacket packet)
    {
        packet = default;
        var s = data.Span;
        if (s.Length < HeaderLength || s[0] >> 6 != 2) return false;
        var padding = (s[0] & 0x20) != 0;
        var extension = (s[0] & 0x10) != 0;
        var csrcCount = s[0] & 0x0F;
        var offset = HeaderLength + csrcCount * 4;
        if (s.Length < offset) return false;
        if (extension)
        {
            if (s.Length < offset + 4) return false;
            offset += 4 + BinaryPrimitives.ReadUInt16BigEndian(s[(offset + 2)..]) * 4;
            if (s.Length < offset) return false;
        }
        var end = s.Length;
        if (padding)
        {
            var pad = s[^1];
            if (pad == 0 || end - pad < offset) return false;
            end -= pad;
        }
        var payloadType = (byte)(s[1] & 0x7F);
        // 72..76 collide with RTCP packet types (RFC 5761): an RTCP packet on the RTP port, not media.
        if (payloadType is >= 72 and <= 76) return false;
        packet = new RtpPacket(
            payloadType, (s[1] & 0x80) != 0, BinaryPrimitives.ReadUInt16BigEndian(s[2..]),
            BinaryPrimitives.ReadUInt32BigEndian(s[4..]), BinaryPrimitives.ReadUInt32BigEndian(s[8..]), data[offset..end]);
        return true;
    }

    /// <summary>Writes a plain header (no CSRC, extension or padding) and the payload; returns the length.</summary>
    public int WriteTo(Span<byte> buffer)
    {
        buffer[0] = 0x80;
        buffer[1] = (byte)((Marker ? 0x80 : 0) | (PayloadType & 0x7F));
        BinaryPrimitives.WriteUInt16BigEndian(buffer[2..], SequenceNumber);
        BinaryPrimitives.WriteUInt32BigEndian(buffer[4..], Timestamp);
        BinaryPrimitives.WriteUInt32BigEndian(buffer[8..], Ssrc);
        Payload.Span.CopyTo(buffer[HeaderLength..]);
        return HeaderLength + Payload.Length;
    }

    public byte[] ToArray()
    {
        var bytes = new byte[HeaderLength + Payload.Length];
        WriteTo(bytes);
        return bytes;
    }
}
