using CallCenter.Telephony.Media;

namespace CallCenter.Telephony.Tests.Media;

public class G711Tests
{
    [Theory]
    [InlineData(G711Law.MuLaw)]
    [InlineData(G711Law.ALaw)]
    public void Should_Round_Trip_Every_Sample_Within_The_Quantisation_Step(G711Law law)
    {
        for (int s = short.MinValue; s <= short.MaxValue; s += 7)
        {
            var decoded = G711.Decode(law, G711.Encode(law, (short)s));
            // Logarithmic companding: the error grows with amplitude, about 1/16 of it at most (plus the small-signal floor).
            Math.Abs(decoded - s).ShouldBeLessThanOrEqualTo(Math.Max(16, Math.Abs(s) / 15), $"sample {s}");
        }
    }

    [Theory]
    [InlineData(G711Law.MuLaw)]
    [InlineData(G711Law.ALaw)]
    public void Should_Encode_Code_Words_Back_To_Themselves(G711Law law)
    {
        for (var b = 0; b < 256; b++)
        {
            var sample = G711.Decode(law, (byte)b);
            // µ-law has two zero codes (0x7F and 0xFF); every other code word is a fixed point.
            if (law == G711Law.MuLaw && b == 0x7F) continue;
            G711.Encode(law, sample).ShouldBe((byte)b, $"code {b:X2}");
        }
    }

    [Fact]
    public void Should_Use_Standard_Silence_Codes()
    {
        G711.Silence(G711Law.MuLaw).ShouldBe((byte)0xFF);
        G711.Silence(G711Law.ALaw).ShouldBe((byte)0xD5);
        G711.Decode(G711Law.MuLaw, 0xFF).ShouldBe((short)0);
        Math.Abs((int)G711.Decode(G711Law.ALaw, 0xD5)).ShouldBeLessThanOrEqualTo(8);
        G711.Encode(G711Law.MuLaw, 0).ShouldBe((byte)0xFF);
        G711.Encode(G711Law.ALaw, 0).ShouldBe((byte)0xD5);
    }

    [Fact]
    public void Should_Encode_Spans_Like_Single_Samples()
    {
        short[] pcm = [0, 100, -100, 32767, -32768, 1234];
        var encoded = new byte[pcm.Length];
        G711.Encode(G711Law.ALaw, pcm, encoded);

        encoded.ShouldBe(pcm.Select(s => G711.Encode(G711Law.ALaw, s)).ToArray());
    }
}
