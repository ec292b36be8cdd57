using System.Buffers.Binary;
using CallCenter.Telephony.Rtp;

namespace CallCenter.Telephony.Dtmf;

/// <summary>
/// Turns RFC 4733 telephone-event packets into exactly one report per key press.
/// An event is identified by (SSRC, RTP timestamp, event code): every update and the (usually three) end packets
/// of one press share it. Reported on the first packet seen, so lost end packets never swallow a digit.
/// The same identity seen again starts a new press only when it clearly is one: a non-end packet after that event
/// ended, a marker packet whose duration went backwards (a replayed capture), or a pause of more than a second.
/// Not thread-safe: one receiver per RTP stream, fed from its receive loop.
/// </summary>
public sealed class DtmfReceiver
{
    private static readonly TimeSpan SamePressWindow = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Forget = TimeSpan.FromSeconds(5);
    private readonly Dictionary<(uint Ssrc, uint Timestamp, byte Event), EventState> _recent = [];
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
        var now = _time.GetUtcNow();
        var key = (packet.Ssrc, packet.Timestamp, eventCode);

        bool newPress;
        if (_recent.TryGetValue(key, out var state))
        {
            newPress = now - state.LastSeen > SamePressWindow
                || (!isEnd && (state.Ended || (packet.Marker && duration < state.MaxDuration)));
        }
        else
        {
            newPress = true;
            Prune(now);
        }

        if (newPress)
        {
            _recent[key] = new EventState { LastSeen = now, Ended = isEnd, MaxDuration = duration };
            return new DtmfDigit(digit.Value, DtmfSource.Rfc4733, now);
        }
        state!.LastSeen = now;
        state.Ended |= isEnd;
        if (duration > state.MaxDuration) state.MaxDuration = duration;
        return null;
    }

    private void Prune(DateTimeOffset now)
    {
        if (_recent.Count < 16) return;
        foreach (var (k, s) in _recent.ToList())
        {
            if (now - s.LastSeen > Forget) _recent.Remove(k);
        }
    }

    private sealed class EventState
    {
        public DateTimeOffset LastSeen { get; set; }
        public bool Ended { get; set; }
        public ushort MaxDuration { get; set; }
    }
}
