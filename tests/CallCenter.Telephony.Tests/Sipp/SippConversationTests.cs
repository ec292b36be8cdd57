using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using CallCenter.Telephony.Calls;
using CallCenter.Telephony.Media;
using CallCenter.Telephony.Tests.Support;
using SippRunner = CallCenter.Telephony.Tests.Support.Sipp;

namespace CallCenter.Telephony.Tests.Sipp;

/// <summary>
/// A conversation between two real sipp peers bridged by the node: recorded into one stereo WAV (checked with sox,
/// channel by channel), and put on hold (the caller hears the music, the agent silence, then the relay resumes).
/// </summary>
[Collection(SippCollection.Name)]
public partial class SippConversationTests
{
    private sealed record Heard(ushort Sequence, uint Timestamp, uint Ssrc, int Peak, long At);

    private static async Task<SipCall> ConfirmedCallAsync(EndpointHost host)
    {
        for (var i = 0; i < 200; i++)
        {
            if (host.Calls.TryPeek(out var call) && call.State == SipCallState.Confirmed) return call;
            await Task.Delay(50);
        }
        throw new TimeoutException("the caller's call was not confirmed");
    }

    private static string PcapFolder()
    {
        var dir = Directory.CreateTempSubdirectory("sipp-talk-").FullName;
        File.CreateSymbolicLink(Path.Combine(dir, "pcap"), "/usr/share/sip-tester");
        return dir;
    }

    /// <summary>sox's `stat` of one channel: (length in seconds, RMS amplitude 0–1).</summary>
    private static async Task<(double Seconds, double Rms)> ChannelStatAsync(string wav, int channel)
    {
        using var sox = Process.Start(new ProcessStartInfo("sox", $"\"{wav}\" -n remix {channel} stat") { RedirectStandardError = true, RedirectStandardOutput = true })!;
        var output = await sox.StandardError.ReadToEndAsync();
        await sox.WaitForExitAsync();
        sox.ExitCode.ShouldBe(0, output);
        double Field(Regex pattern) => double.Parse(pattern.Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
        return (Field(LengthLine()), Field(RmsLine()));
    }

    [GeneratedRegex(@"Length \(seconds\):\s+([0-9.]+)")]
    private static partial Regex LengthLine();

    [GeneratedRegex(@"RMS\s+amplitude:\s+([0-9.]+)")]
    private static partial Regex RmsLine();

    [Fact]
    public async Task Should_Record_Both_Sides_Of_A_Bridged_Conversation_Into_One_Stereo_Wav()
    {
        await using var target = await SippUas.StartAsync("bridge-target-answer.xml");
        using var host = new EndpointHost(call => call.Answer());
        var caller = SippRunner.RunAsync(host.Address, "bridge-caller-talk.xml", workDir: PcapFolder());
        var call = await ConfirmedCallAsync(host);
        var outcome = await call.BridgeToAsync($"sip:8001@127.0.0.1:{target.Port}", target.Address, TimeSpan.FromSeconds(10));
        outcome.Result.ShouldBe(BridgeResult.Answered);
        var bridge = outcome.Bridge!;
        var path = Path.Combine(Directory.CreateTempSubdirectory("cc-conversation-").FullName, "conversation.wav");

        bridge.StartRecording(path);
        var recordingStarted = DateTimeOffset.UtcNow;
        (await caller).ExitCode.ShouldBe(0); // talks ~7 s, hangs up 9 s after its ACK
        await bridge.Completion.WaitAsync(TimeSpan.FromSeconds(10));
        var recording = await bridge.StopRecordingAsync();

        recording.Path.ShouldBe(path);
        File.Exists(path + ".part").ShouldBeFalse();
        var expected = (bridge.EndedAt!.Value - recordingStarted).TotalSeconds;
        recording.Duration.TotalSeconds.ShouldBe(expected, 0.5);
        var left = await ChannelStatAsync(path, 1);   // the caller
        var right = await ChannelStatAsync(path, 2);  // the agent (target)
        left.Seconds.ShouldBe(recording.Duration.TotalSeconds, 0.01);
        right.Seconds.ShouldBe(recording.Duration.TotalSeconds, 0.01);
        left.Rms.ShouldBeGreaterThan(0.01);  // speech, not silence (silence is ~0.0000)
        right.Rms.ShouldBeGreaterThan(0.01);
        (await target.WaitAsync()).ExitCode.ShouldBe(0);
    }

    [Fact]
    public async Task Should_Play_Music_To_The_Held_Caller_Silence_To_The_Agent_And_Resume_The_Relay_On_Unhold()
    {
        await using var target = await SippUas.StartAsync("bridge-target-answer.xml");
        using var host = new EndpointHost(call => call.Answer());
        using var music = new MusicOnHold(HoldMusic.Create(), host.Endpoint.Clock);
        var caller = SippRunner.RunAsync(host.Address, "bridge-caller-wait.xml", extraArgs: "-rtp_echo");
        var call = await ConfirmedCallAsync(host);
        var outcome = await call.BridgeToAsync($"sip:8001@127.0.0.1:{target.Port}", target.Address, TimeSpan.FromSeconds(10));
        outcome.Result.ShouldBe(BridgeResult.Answered);
        var bridge = outcome.Bridge!;
        // The caller echoes what it hears (bridge-caller-wait offers PCMU only); the echo is seen ahead of the bridge's relay.
        var heardByCaller = new ConcurrentQueue<Heard>();
        var relay = call.Rtp!.Relay!;
        call.Rtp.Relay = packet =>
        {
            heardByCaller.Enqueue(new Heard(packet.SequenceNumber, packet.Timestamp, packet.Ssrc,
                packet.Payload.ToArray().Max(b => Math.Abs((int)G711.Decode(G711Law.MuLaw, b))), Stopwatch.GetTimestamp()));
            relay(packet);
        };
        await Task.Delay(1500);

        var heldAt = Stopwatch.GetTimestamp();
        bridge.Hold(music);
        bridge.IsOnHold.ShouldBeTrue();
        await Task.Delay(300); // packets in flight settle
        var toTargetAtHold = bridge.PacketsToTarget;
        var sentToTargetAtHold = bridge.Target.Rtp!.Sender!.PacketsSent;
        var toCallerAtHold = bridge.PacketsToCaller;
        await Task.Delay(1700);
        bridge.PacketsToTarget.ShouldBe(toTargetAtHold);      // nothing of the caller (or the music) reaches the agent
        bridge.PacketsToCaller.ShouldBe(toCallerAtHold);      // nor of the agent the caller
        (bridge.Target.Rtp.Sender.PacketsSent - sentToTargetAtHold).ShouldBeGreaterThan(50); // the agent's phone gets silence, not nothing
        var unheldAt = Stopwatch.GetTimestamp();
        bridge.Unhold();
        await Task.Delay(1500);
        var nonSilentAfter = bridge.NonSilentPacketsToCaller;
        call.Hangup();

        (await caller).ExitCode.ShouldBe(0);
        (await target.WaitAsync()).ExitCode.ShouldBe(0);
        bridge.PacketsToTarget.ShouldBeGreaterThan(toTargetAtHold); // the relay resumed both ways
        nonSilentAfter.ShouldBeGreaterThan(0);
        var heard = heardByCaller.ToList();
        var settle = Stopwatch.Frequency / 5; // 200 ms for the echo's round trip around each switch
        var onHold = heard.Where(p => p.At > heldAt + settle && p.At < unheldAt).ToList();
        onHold.Count.ShouldBeGreaterThan(60);
        onHold.Count(p => p.Peak > 1000).ShouldBeGreaterThan(onHold.Count * 8 / 10); // the music, not silence
        heard.Where(p => p.At > unheldAt + settle).Count(p => p.Peak > 1000).ShouldBeGreaterThan(10); // the agent's speech again
        heard.ShouldAllBe(p => p.Ssrc == call.Rtp.Sender!.Ssrc); // one stream from us throughout
        for (var i = 1; i < heard.Count; i++)
        {
            var message = $"packet {i} of {heard.Count}: the caller's stream jumped (relay → hold → relay)";
            ((ushort)(heard[i].Sequence - heard[i - 1].Sequence)).ShouldBeInRange((ushort)1, (ushort)3, message);
            ((int)(heard[i].Timestamp - heard[i - 1].Timestamp)).ShouldBeInRange(1, 1600, message);
        }
    }

    [Fact]
    public async Task Should_Bridge_At_Once_While_An_Announcement_Plays_Over_The_Music_And_Silence_Both()
    {
        await using var target = await SippUas.StartAsync("bridge-target-answer.xml");
        using var host = new EndpointHost(call => call.Answer());
        var caller = SippRunner.RunAsync(host.Address, "bridge-caller-wait.xml");
        var call = await ConfirmedCallAsync(host);
        call.StartMusicOnHold();
        var announcement = call.PlayAsync([Prompt.Tone("long-announcement", 500, TimeSpan.FromSeconds(30))]);
        var waited = Stopwatch.StartNew();

        var outcome = await call.BridgeToAsync($"sip:8001@127.0.0.1:{target.Port}", target.Address, TimeSpan.FromSeconds(10));

        outcome.Result.ShouldBe(BridgeResult.Answered);
        waited.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10)); // not after the 30 s announcement (mod_callcenter #1148)
        (await announcement.WaitAsync(TimeSpan.FromSeconds(2))).ShouldBeFalse(); // cut off, not played to the end
        call.Rtp!.Sender!.Music.ShouldBeNull();
        await Task.Delay(1000);
        outcome.Bridge!.PacketsToCaller.ShouldBeGreaterThan(20); // the agent's stream is relayed instead
        call.Hangup();
        (await caller).ExitCode.ShouldBe(0);
        (await target.WaitAsync()).ExitCode.ShouldBe(0);
    }

    [Fact]
    public async Task Should_Bridge_An_Agent_Dialled_First_To_A_Customer_Called_Back_And_Record_Both()
    {
        await using var agent = await SippUas.StartAsync("bridge-target-answer.xml");
        await using var customer = await SippUas.StartAsync("bridge-target-answer.xml");
        using var host = new EndpointHost(call => call.Answer());
        var agentLeg = host.Endpoint.Dial($"sip:8001@127.0.0.1:{agent.Port}", agent.Address, "95598");
        (await agentLeg.Answer.WaitAsync(TimeSpan.FromSeconds(10))).ShouldBe(200);
        agentLeg.Rtp!.Sender!.Music = host.Endpoint.MusicOnHold; // the agent waits with music while the customer's phone rings
        var customerLeg = host.Endpoint.Dial($"sip:13900001111@127.0.0.1:{customer.Port}", customer.Address, "95598");
        (await customerLeg.Answer.WaitAsync(TimeSpan.FromSeconds(10))).ShouldBe(200);

        var bridge = host.Endpoint.Bridge(customerLeg, agentLeg)!;
        bridge.CalledBack.ShouldBe(customerLeg);
        bridge.Caller.ShouldBeNull();
        var path = Path.Combine(Directory.CreateTempSubdirectory("cc-callback-").FullName, "callback.wav");
        bridge.StartRecording(path);
        await Task.Delay(4000);
        customerLeg.Hangup();
        await bridge.Completion.WaitAsync(TimeSpan.FromSeconds(10));
        var recording = await bridge.StopRecordingAsync();

        bridge.EndedBy.ShouldBe("caller");
        agentLeg.Rtp.Sender.Music.ShouldBeNull();
        bridge.NonSilentPacketsToCaller.ShouldBeGreaterThan(20); // the agent's speech reached the customer
        bridge.NonSilentPacketsToTarget.ShouldBeGreaterThan(20); // and the customer's the agent
        (await ChannelStatAsync(recording.Path, 1)).Rms.ShouldBeGreaterThan(0.01); // the customer
        (await ChannelStatAsync(recording.Path, 2)).Rms.ShouldBeGreaterThan(0.01); // the agent
        (await agent.WaitAsync()).ExitCode.ShouldBe(0);    // its BYE came from the bridge
        (await customer.WaitAsync()).ExitCode.ShouldBe(0);
        (await agentLeg.Completion).ShouldBe(CallEndReason.LocalHangup);
    }
}
