using System.Buffers.Binary;
using CallCenter.Telephony.Rtp;

namespace CallCenter.Telephony.Dtmf;

/// <summary>
/// Turns RFC 4733 telephone-event packets into exactly one report per key press.
/// An event is identified by (SSRC, RTP timestamp, event code): every update and the (usually three) end packets
/// of one press share it. Reported on the first packet seen, so lost end packets never swallow a digit.
/// The same identity seen again starts a new press only when the packets say so: after that event ended, a new
/// start packet (marker bit) with a shorter duration — a replayed capture, as in sipp playing the "1" pcap twice.
/// Reordered or retransmitted packets of the same press never qualify, and arrival time plays no part: a receive
/// loop stalled for a second by a busy machine must not turn one press into two.
/// Not thread-safe: one receiver per RTP stream, fed from its receive loop.
/// </summary>
public sealed class DtmfReceiver
{
    // Identities only come back for replays, which follow at once; a short memory bounds it for long calls.
    private const int Remembered = 32;
    private readonly Dictionary<(uint Ssrc, uint Timestamp, byte Event), EventState> _recent = [];
    private readonly Queue<(uint Ssrc, uint Timestamp, byte Event)> _order = new();
    private readonly TimeProvider _time;

    public DtmfReceiver(int payloadType, TimeProvider time)
    {
        PayloadType = payloadType;
        _time = time;
    }

    /// <summary>The negotiated telephone-event payload type (96, 101, …); other packets are not ours.</summary>
    public int PayloadType { get; }

    /// <summary>Returns the digit when this packet starts a new key press, otherwise null.</summary>
    public DtmfDigit? Process(in RtpPacket packet)
    {
        if (packet.PayloadType != PayloadType || packet.Payload.Length < 4) return null;
        var payload = packet.Payload.Span;
        var eventCode = payload[0];
        var digit = DtmfEvents.ToDigit(eventCode);
        if (digit is null) return null; // flash, tones and other events are not key presses
        var isEnd = (payload[1] & 0x80) != 0;
        var duration = BinaryPrimitives.ReadUInt16BigEndian(payload[2..]);
        var key = (packet.Ssrc, packet.Timestamp, eventCode);

        if (_recent.TryGetValue(key, out var state))
        {
            var restarted = !isEnd && packet.Marker && state.Ended && duration < state.MaxDuration;
            if (!restarted)
            {
                state.Ended |= isEnd;
                if (duration > state.MaxDuration) state.MaxDuration = duration;
                return null;
            }
            state.Ended = false;
            state.MaxDuration = duration;
            return new DtmfDigit(digit.Value, DtmfSource.Rfc4733, _time.GetUtcNow());
        }

        _recent[key] = new EventState { Ended = isEnd, MaxDuration = duration };
        _order.Enqueue(key);
        if (_order.Count > Remembered) _recent.Remove(_order.Dequeue());
        return new DtmfDigit(digit.Value, DtmfSource.Rfc4733, _time.GetUtcNow());
    }

    private sealed class EventState
    {
        public bool Ended { get; set; }
        public ushort MaxDuration { get; set; }
    }
}
