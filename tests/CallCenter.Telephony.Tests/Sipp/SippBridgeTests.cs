using CallCenter.Telephony.Calls;
using CallCenter.Telephony.Tests.Support;
using SippRunner = CallCenter.Telephony.Tests.Support.Sipp;

namespace CallCenter.Telephony.Tests.Sipp;

/// <summary>
/// Bridged transfer between two real peers: a sipp caller whose INVITE does not allow REFER, and a sipp UAS as the
/// transfer target. The caller runs with -rtp_echo, so every packet the node relays to it comes back: what the node
/// relays towards the target after the bridge is proof the caller received the target's audio.
/// </summary>
[Collection(SippCollection.Name)]
public class SippBridgeTests
{
    private static async Task<SipCall> ConfirmedCallAsync(EndpointHost host)
    {
        for (var i = 0; i < 200; i++)
        {
            if (host.Calls.TryPeek(out var call) && call.State == SipCallState.Confirmed) return call;
            await Task.Delay(50);
        }
        throw new TimeoutException("the caller's call was not confirmed");
    }

    private static async Task NoCallsLeftAsync(EndpointHost host)
    {
        for (var i = 0; i < 100 && (host.Endpoint.ActiveCalls.Count > 0 || host.Endpoint.ActiveOutboundCalls.Count > 0); i++) await Task.Delay(50);
        host.Endpoint.ActiveCalls.ShouldBeEmpty();
        host.Endpoint.ActiveOutboundCalls.ShouldBeEmpty();
        host.Endpoint.Transactions.InviteClientTransactionCount.ShouldBeLessThanOrEqualTo(1); // Timer M/D may still hold the last one
    }

    [Fact]
    public async Task Should_Bridge_To_The_Target_Relay_Its_Audio_And_End_The_Target_Leg_When_The_Caller_Hangs_Up()
    {
        await using var target = await SippUas.StartAsync("bridge-target-answer.xml");
        using var host = new EndpointHost(call => call.Answer());
        var caller = SippRunner.RunAsync(host.Address, "bridge-caller-bye.xml", extraArgs: "-rtp_echo");
        var call = await ConfirmedCallAsync(host);
        call.PeerSupportsRefer.ShouldBeFalse();

        var outcome = await call.BridgeToAsync($"sip:8000@127.0.0.1:{target.Port}", target.Address, TimeSpan.FromSeconds(10));

        outcome.Result.ShouldBe(BridgeResult.Answered);
        outcome.StatusCode.ShouldBe(200);
        var callerResult = await caller;
        callerResult.ExitCode.ShouldBe(0, callerResult.Describe());
        var targetResult = await target.WaitAsync();
        targetResult.ExitCode.ShouldBe(0, targetResult.Describe()); // it got our INVITE, ACK and BYE
        targetResult.Messages.ShouldContain($"INVITE sip:8000@127.0.0.1:{target.Port} SIP/2.0");
        targetResult.Received("BYE").ShouldBe(1);
        var bridge = outcome.Bridge!;
        await bridge.Completion.WaitAsync(TimeSpan.FromSeconds(10));
        bridge.EndedBy.ShouldBe("caller");
        bridge.Transcoding.ShouldBeTrue(); // caller offered PCMU only, the target answered PCMA
        bridge.PacketsToCaller.ShouldBeGreaterThan(100);
        bridge.NonSilentPacketsToCaller.ShouldBeGreaterThan(50);
        bridge.PacketsToTarget.ShouldBeGreaterThan(50);
        bridge.NonSilentPacketsToTarget.ShouldBeGreaterThan(20); // the caller's echo of the target's speech
        call.EndReason.ShouldBe(CallEndReason.RemoteHangup);
        (await outcome.Leg!.Completion).ShouldBe(CallEndReason.LocalHangup);
        await NoCallsLeftAsync(host);
    }

    [Fact]
    public async Task Should_End_The_Callers_Leg_With_Bye_When_The_Target_Hangs_Up()
    {
        await using var target = await SippUas.StartAsync("bridge-target-hangup.xml");
        using var host = new EndpointHost(call => call.Answer());
        var caller = SippRunner.RunAsync(host.Address, "bridge-caller-wait.xml", extraArgs: "-rtp_echo");
        var call = await ConfirmedCallAsync(host);

        var outcome = await call.BridgeToAsync($"sip:8000@127.0.0.1:{target.Port}", target.Address, TimeSpan.FromSeconds(10));

        outcome.Result.ShouldBe(BridgeResult.Answered);
        var targetResult = await target.WaitAsync();
        targetResult.ExitCode.ShouldBe(0, targetResult.Describe()); // its BYE was answered 200
        var callerResult = await caller;
        callerResult.ExitCode.ShouldBe(0, callerResult.Describe()); // it received our BYE
        callerResult.Received("BYE").ShouldBe(1);
        await outcome.Bridge!.Completion.WaitAsync(TimeSpan.FromSeconds(10));
        outcome.Bridge.EndedBy.ShouldBe("target");
        outcome.Bridge.NonSilentPacketsToCaller.ShouldBeGreaterThan(50);
        (await call.Completion).ShouldBe(CallEndReason.LocalHangup);
        outcome.Leg!.EndReason.ShouldBe(CallEndReason.RemoteHangup);
        await NoCallsLeftAsync(host);
    }

    [Fact]
    public async Task Should_Report_Busy_And_Keep_The_Caller_When_The_Target_Answers_486()
    {
        await using var target = await SippUas.StartAsync("bridge-target-busy.xml");
        using var host = new EndpointHost(call => call.Answer());
        var caller = SippRunner.RunAsync(host.Address, "bridge-caller-wait.xml");
        var call = await ConfirmedCallAsync(host);

        var outcome = await call.BridgeToAsync($"sip:8000@127.0.0.1:{target.Port}", target.Address, TimeSpan.FromSeconds(10));

        outcome.Result.ShouldBe(BridgeResult.Busy);
        outcome.StatusCode.ShouldBe(486);
        call.State.ShouldBe(SipCallState.Confirmed);
        call.Bridge.ShouldBeNull();
        var targetResult = await target.WaitAsync();
        targetResult.ExitCode.ShouldBe(0, targetResult.Describe()); // it got the ACK for its 486
        call.Hangup();
        (await caller).ExitCode.ShouldBe(0);
        await NoCallsLeftAsync(host);
    }

    [Fact]
    public async Task Should_Cancel_A_Target_That_Rings_Too_Long_And_Report_No_Answer()
    {
        await using var target = await SippUas.StartAsync("bridge-target-ring.xml");
        using var host = new EndpointHost(call => call.Answer());
        var caller = SippRunner.RunAsync(host.Address, "bridge-caller-wait.xml");
        var call = await ConfirmedCallAsync(host);

        var outcome = await call.BridgeToAsync($"sip:8000@127.0.0.1:{target.Port}", target.Address, TimeSpan.FromSeconds(2));

        outcome.Result.ShouldBe(BridgeResult.NoAnswer);
        outcome.StatusCode.ShouldBe(487);
        var targetResult = await target.WaitAsync();
        targetResult.ExitCode.ShouldBe(0, targetResult.Describe()); // CANCEL received, 487 ACKed
        targetResult.Received("CANCEL").ShouldBe(1);
        call.State.ShouldBe(SipCallState.Confirmed);
        call.Hangup();
        (await caller).ExitCode.ShouldBe(0);
        await NoCallsLeftAsync(host);
    }

    [Fact]
    public async Task Should_Cancel_The_Ringing_Target_When_The_Caller_Hangs_Up()
    {
        await using var target = await SippUas.StartAsync("bridge-target-ring.xml");
        using var host = new EndpointHost(call => call.Answer());
        var caller = SippRunner.RunAsync(host.Address, "bridge-caller-short.xml");
        var call = await ConfirmedCallAsync(host);

        var outcome = await call.BridgeToAsync($"sip:8000@127.0.0.1:{target.Port}", target.Address, TimeSpan.FromSeconds(20));

        outcome.Result.ShouldBe(BridgeResult.CallerGone);
        var targetResult = await target.WaitAsync();
        targetResult.ExitCode.ShouldBe(0, targetResult.Describe());
        targetResult.Received("CANCEL").ShouldBe(1);
        (await caller).ExitCode.ShouldBe(0);
        call.EndReason.ShouldBe(CallEndReason.RemoteHangup);
        await NoCallsLeftAsync(host);
    }
}
