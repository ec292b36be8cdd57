using System.Text;
using CallCenter.Input;

namespace CallCenter.Hardening;

/// <summary>
/// The input guard scans JSON bodies chunk by chunk (no second copy of the body): an escaped NUL split between two reads
/// must still be seen, and a body without one is read to its end.
/// </summary>
public sealed class JsonNulScannerChunkTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    [InlineData(7)]
    [InlineData(16 * 1024)]
    public async Task Should_Find_An_Escaped_Nul_Split_Between_Reads_Of_Any_Size(int readSize)
    {
        var padding = new string('x', 16 * 1024 - 12);
        var body = $$"""{"a":"{{padding}}","name":"a\u0000b"}""";

        (await JsonNulScanner.ContainsEscapedNulAsync(new TrickleStream(body, readSize), default)).ShouldBeTrue();
        JsonNulScanner.FindNul(Encoding.UTF8.GetBytes(body)).ShouldBe("name");
    }

    [Theory]
    [InlineData(3)]
    [InlineData(16 * 1024)]
    public async Task Should_Read_A_Body_Without_One_To_Its_End(int readSize)
    {
        var body = $$"""{"a":"{{new string('y', 40_000)}}","b":"no nul here"}""";
        var stream = new TrickleStream(body, readSize);

        (await JsonNulScanner.ContainsEscapedNulAsync(stream, default)).ShouldBeFalse();
        stream.Position.ShouldBe(stream.Length);
    }

    /// <summary>A body that arrives a few bytes per read, as a slow client's would.</summary>
    private sealed class TrickleStream(string text, int readSize) : MemoryStream(Encoding.UTF8.GetBytes(text))
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken ct = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, readSize)], ct);
    }
}
