namespace CallCenter.Telephony.Rtp;

/// <summary>Something the shared media clock calls on absolute deadlines (one RTP sender per call).</summary>
public interface IMediaClockClient
{
    /// <summary>Packet interval; the clock keeps deadlines at start + n·interval so sending never drifts.</summary>
    TimeSpan Interval { get; }

    /// <summary>Called on the clock thread once per deadline. Must be quick and must not block.</summary>
    void OnTick();
}
