using System.Collections.Concurrent;
using CallCenter.Telephony.Calls;
using CallCenter.Telephony.Media;
using CallCenter.Telephony.Tests.Support;
using SippRunner = CallCenter.Telephony.Tests.Support.Sipp;

namespace CallCenter.Telephony.Tests.Sipp;

/// <summary>
/// Music on hold as a real caller hears it: sipp runs with -rtp_echo, so every packet it received comes back and is
/// seen on the call's receive loop. The caller hears an announcement over the music, the music, then silence — one
/// stream with one SSRC whose sequence numbers and timestamps never jump.
/// </summary>
[Collection(SippCollection.Name)]
public class SippMusicOnHoldTests
{
    private sealed record Heard(ushort Sequence, uint Timestamp, uint Ssrc, int Peak);

    private static async Task<SipCall> ConfirmedCallAsync(EndpointHost host)
    {
        for (var i = 0; i < 200; i++)
        {
            if (host.Calls.TryPeek(out var call) && call.State == SipCallState.Confirmed) return call;
            await Task.Delay(50);
        }
        throw new TimeoutException("the caller's call was not confirmed");
    }

    [Fact]
    public async Task Should_Send_A_Queued_Caller_Audible_Music_In_One_Continuous_Stream_Across_Prompt_Music_And_Stop()
    {
        using var host = new EndpointHost(call => call.Answer());
        var music = host.Endpoint.MusicOnHold; // the node's shared source, started on first use
        var caller = SippRunner.RunAsync(host.Address, "bridge-caller-wait.xml", extraArgs: "-rtp_echo");
        var call = await ConfirmedCallAsync(host);
        var heard = new ConcurrentQueue<Heard>();
        call.Rtp!.Relay = packet => heard.Enqueue(new Heard(packet.SequenceNumber, packet.Timestamp, packet.Ssrc,
            packet.Payload.ToArray().Max(b => Math.Abs((int)G711.Decode(G711Law.MuLaw, b)))));

        call.StartMusicOnHold();
        (await call.PlayAsync([Prompt.Tone("position", 800, TimeSpan.FromSeconds(1), amplitude: 12000)])).ShouldBeTrue();
        await Task.Delay(2000);
        var beforeStop = heard.Count;
        call.StopMusicOnHold();
        await Task.Delay(1000);
        call.Hangup();

        var result = await caller;
        result.ExitCode.ShouldBe(0, result.Describe());
        var packets = heard.ToList();
        packets.Count.ShouldBeGreaterThan(150); // ~4 s of 20 ms packets echoed back
        packets.ShouldAllBe(p => p.Ssrc == call.Rtp.Sender!.Ssrc);
        var lost = 0;
        for (var i = 1; i < packets.Count; i++)
        {
            var step = (ushort)(packets[i].Sequence - packets[i - 1].Sequence);
            step.ShouldBeInRange((ushort)1, (ushort)3, $"packet {i}: the sequence jumped");
            (packets[i].Timestamp - packets[i - 1].Timestamp).ShouldBe(160u * step, $"packet {i}: the timestamp jumped");
            lost += step - 1;
        }
        lost.ShouldBeLessThan(5);
        // Announcement (1 s) then music (2 s): audible; after the stop only silence reaches the caller.
        packets.Take(beforeStop).Count(p => p.Peak > 1000).ShouldBeGreaterThan(120);
        packets.Skip(beforeStop + 10).ShouldAllBe(p => p.Peak < 100);
        music.Ticks.ShouldBeGreaterThan(100);
    }
}
