using System.Buffers.Binary;
using CallCenter.Telephony.Media;
using Microsoft.Extensions.Time.Testing;

namespace CallCenter.Telephony.Tests.Media;

/// <summary>
/// The stereo conversation recorder packet by packet, on a fake wall clock: audio placed by RTP timestamp (reordered
/// packets in their slot, lost ones silent), both channels on one timeline, streamed to disk while the call lasts.
/// </summary>
public sealed class ConversationRecorderTests : IDisposable
{
    private readonly FakeTimeProvider _time = new();
    private readonly string _dir = Directory.CreateTempSubdirectory("cc-stereo-").FullName;

    private static byte[] Packet(G711Law law, short level, int samples = 160) =>
        Enumerable.Repeat(G711.Encode(law, level), samples).ToArray();

    private static short Level(G711Law law, short level) => G711.Decode(law, G711.Encode(law, level));

    private static (short[] Left, short[] Right) ReadStereo(string path)
    {
        var file = File.ReadAllBytes(path);
        BinaryPrimitives.ReadUInt16LittleEndian(file.AsSpan(22)).ShouldBe((ushort)2);   // channels
        BinaryPrimitives.ReadInt32LittleEndian(file.AsSpan(24)).ShouldBe(8000);         // sample rate
        BinaryPrimitives.ReadUInt16LittleEndian(file.AsSpan(34)).ShouldBe((ushort)16);  // bits
        var data = BinaryPrimitives.ReadInt32LittleEndian(file.AsSpan(40));
        data.ShouldBe(file.Length - 44);
        var frames = data / 4;
        var left = new short[frames];
        var right = new short[frames];
        for (var i = 0; i < frames; i++)
        {
            left[i] = BinaryPrimitives.ReadInt16LittleEndian(file.AsSpan(44 + i * 4));
            right[i] = BinaryPrimitives.ReadInt16LittleEndian(file.AsSpan(46 + i * 4));
        }
        return (left, right);
    }

    private readonly DateTimeOffset _start;

    public ConversationRecorderTests() => _start = _time.GetUtcNow();

    /// <summary>Moves the fake wall clock to <paramref name="ms"/> after the test's start.</summary>
    private void At(int ms) => _time.Advance(TimeSpan.FromMilliseconds(ms) - (_time.GetUtcNow() - _start));

    [Fact]
    public void Should_Place_Each_Legs_Audio_By_Timestamp_With_Silence_For_Lost_Packets_On_One_Timeline()
    {
        var path = Path.Combine(_dir, "call.wav");
        using var recorder = new ConversationRecorder(path, G711Law.ALaw, G711Law.MuLaw, _time);
        var callerTs = 4_294_967_000u; // wraps around during the call
        At(20); recorder.Left.Add(7, callerTs, Packet(G711Law.ALaw, 1000));
        At(50); recorder.Right.Add(9, 100, Packet(G711Law.MuLaw, -4000)); // the agent starts 30 ms in
        At(60); recorder.Left.Add(7, callerTs + 320, Packet(G711Law.ALaw, 3000)); // overtook the packet before it
        At(70); recorder.Left.Add(7, callerTs + 160, Packet(G711Law.ALaw, 2000));
        recorder.Right.Add(9, 260, Packet(G711Law.MuLaw, -6000));
        At(100); recorder.Left.Add(7, callerTs + 640, Packet(G711Law.ALaw, 5000)); // callerTs + 480 is lost
        At(200);

        var recording = recorder.Stop();

        recording.Path.ShouldBe(path);
        File.Exists(path + ".part").ShouldBeFalse();
        recording.Duration.ShouldBe(TimeSpan.FromMilliseconds(200));
        var (left, right) = ReadStereo(path);
        left.Length.ShouldBe(1600);
        left[..160].ShouldAllBe(s => s == Level(G711Law.ALaw, 1000));
        left[160..320].ShouldAllBe(s => s == Level(G711Law.ALaw, 2000));
        left[320..480].ShouldAllBe(s => s == Level(G711Law.ALaw, 3000));
        left[480..640].ShouldAllBe(s => s == 0);
        left[640..800].ShouldAllBe(s => s == Level(G711Law.ALaw, 5000));
        left[800..].ShouldAllBe(s => s == 0);
        right[..240].ShouldAllBe(s => s == 0);
        right[240..400].ShouldAllBe(s => s == Level(G711Law.MuLaw, -4000));
        right[400..560].ShouldAllBe(s => s == Level(G711Law.MuLaw, -6000));
        right[560..].ShouldAllBe(s => s == 0);
    }

    [Fact]
    public void Should_Stream_An_Hour_Long_Call_To_Disk_While_It_Lasts()
    {
        var path = Path.Combine(_dir, "long.wav");
        using var recorder = new ConversationRecorder(path, G711Law.MuLaw, G711Law.MuLaw, _time);
        var payload = Packet(G711Law.MuLaw, 1200);
        long partSizeAtHalf = 0;
        for (var i = 0; i < 30 * 60 * 50; i++) // 30 minutes of 20 ms packets on each leg
        {
            _time.Advance(TimeSpan.FromMilliseconds(20));
            recorder.Left.Add(1, (uint)(i * 160), payload);
            recorder.Right.Add(2, (uint)(77 + i * 160), payload);
            if (i == 15 * 60 * 50) partSizeAtHalf = new FileInfo(path + ".part").Length;
        }

        var recording = recorder.Stop();

        partSizeAtHalf.ShouldBeGreaterThan(14L * 60 * 8000 * 4); // what was said is on disk, not in memory
        recording.Duration.ShouldBe(TimeSpan.FromMinutes(30));
        recording.Bytes.ShouldBe(44 + 30L * 60 * 8000 * 4);
        new FileInfo(path).Length.ShouldBe(recording.Bytes);
        recorder.LatePackets.ShouldBe(0);
    }

    [Fact]
    public void Should_Anchor_A_Restarted_Source_At_The_Wall_Clock_And_Drop_Audio_Too_Late_To_Place()
    {
        var path = Path.Combine(_dir, "2026", "12", "restart.wav"); // folders made on the way
        using var recorder = new ConversationRecorder(path, G711Law.MuLaw, G711Law.MuLaw, _time);
        At(20); recorder.Left.Add(1, 50_000, Packet(G711Law.MuLaw, 1000));
        At(5020); recorder.Left.Add(1, 50_160, Packet(G711Law.MuLaw, 2000)); // timestamps 5 s behind the clock: restarted
        At(5040); recorder.Right.Add(2, 0, Packet(G711Law.MuLaw, 3000));
        At(5060); recorder.Left.Add(1, 50_000 - 8000 * 2, Packet(G711Law.MuLaw, 4000)); // from before the file's written part
        At(5100);

        var recording = recorder.Stop();

        var (left, right) = ReadStereo(recording.Path);
        left[..160].ShouldAllBe(s => s == Level(G711Law.MuLaw, 1000));
        left[160..40000].ShouldAllBe(s => s == 0);
        left[40000..40160].ShouldAllBe(s => s == Level(G711Law.MuLaw, 2000));
        right[40160..40320].ShouldAllBe(s => s == Level(G711Law.MuLaw, 3000));
        recorder.LatePackets.ShouldBe(1);
    }

    [Fact]
    public void Should_Delete_An_Unfinished_Recording_When_Disposed()
    {
        var path = Path.Combine(_dir, "dropped.wav");
        var recorder = new ConversationRecorder(path, G711Law.MuLaw, G711Law.MuLaw, _time);
        recorder.Left.Add(1, 0, Packet(G711Law.MuLaw, 1000));

        recorder.Dispose();

        File.Exists(path + ".part").ShouldBeFalse();
        File.Exists(path).ShouldBeFalse();
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
