namespace CallCenter.Telephony.Media;

/// <summary>The two G.711 companding laws and their static RTP payload types.</summary>
public enum G711Law
{
    MuLaw = 0,
    ALaw = 8,
}
