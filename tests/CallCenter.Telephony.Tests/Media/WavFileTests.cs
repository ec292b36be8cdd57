using System.Buffers.Binary;
using CallCenter.Telephony.Media;

namespace CallCenter.Telephony.Tests.Media;

public class WavFileTests
{
    [Fact]
    public void Should_Read_Back_What_It_Wrote()
    {
        short[] samples = [0, 1, -1, 32767, -32768, 1000];

        WavFile.ReadPcm(WavFile.ToPcmBytes(samples)).ShouldBe(samples);
    }

    [Theory]
    [InlineData(G711Law.MuLaw)]
    [InlineData(G711Law.ALaw)]
    public void Should_Decode_G711_Wav(G711Law law)
    {
        byte[] encoded = [G711.Encode(law, 1000), G711.Encode(law, -1000), G711.Silence(law)];

        var pcm = WavFile.ReadPcm(WavFile.ToG711Bytes(law, encoded));

        pcm.ShouldBe(encoded.Select(b => G711.Decode(law, b)).ToArray());
    }

    [Fact]
    public void Should_Write_A_Standard_44_Byte_Header()
    {
        var file = WavFile.ToPcmBytes(new short[8000]);

        file.Length.ShouldBe(44 + 16000);
        BinaryPrimitives.ReadInt32LittleEndian(file.AsSpan(24)).ShouldBe(8000);
        BinaryPrimitives.ReadInt32LittleEndian(file.AsSpan(40)).ShouldBe(16000);
    }

    [Theory]
    [InlineData(44100, 1, 16)]
    [InlineData(8000, 2, 16)]
    [InlineData(8000, 1, 8)]
    public void Should_Reject_Other_Formats(int rate, int channels, int bits)
    {
        var file = WavFile.ToPcmBytes(new short[10]);
        BinaryPrimitives.WriteInt32LittleEndian(file.AsSpan(24), rate);
        BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(22), (ushort)channels);
        BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(34), (ushort)bits);

        Should.Throw<WavFormatException>(() => WavFile.ReadPcm(file));
    }

    [Theory]
    [InlineData(new byte[] { })]
    [InlineData(new byte[] { (byte)'R', (byte)'I', (byte)'F', (byte)'F', 0, 0, 0, 0, (byte)'W', (byte)'A', (byte)'V', (byte)'E' })]
    [InlineData(new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13 })]
    public void Should_Reject_Files_That_Are_Not_Wav(byte[] file)
    {
        Should.Throw<WavFormatException>(() => WavFile.ReadPcm(file));
    }

    [Fact]
    public void Should_Encode_Prompts_Once_For_Both_Laws()
    {
        var prompt = Prompt.Tone("beep", 1000, TimeSpan.FromMilliseconds(100));

        prompt.SampleCount.ShouldBe(800);
        prompt.Duration.ShouldBe(TimeSpan.FromMilliseconds(100));
        prompt.Encoded(G711Law.MuLaw).Length.ShouldBe(800);
        prompt.Encoded(G711Law.ALaw).Span[10].ShouldNotBe(prompt.Encoded(G711Law.MuLaw).Span[10]);
    }
}
