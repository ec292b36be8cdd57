using CallCenter.Telephony.Media;

namespace CallCenter.Telephony.Calls;

/// <summary>PCMU↔PCMA by a 256-entry table per direction (decode to linear, encode in the other law), built once.</summary>
internal static class G711Transcoder
{
    private static readonly byte[] MuToA = Build(G711Law.MuLaw, G711Law.ALaw);
    private static readonly byte[] AToMu = Build(G711Law.ALaw, G711Law.MuLaw);

    public static byte[] Table(G711Law from, G711Law to) =>
        from == to ? throw new ArgumentException("same law: nothing to transcode") : from == G711Law.MuLaw ? MuToA : AToMu;

    private static byte[] Build(G711Law from, G711Law to)
    {
        var table = new byte[256];
        for (var i = 0; i < 256; i++) table[i] = G711.Encode(to, G711.Decode(from, (byte)i));
        return table;
    }
}
