using System.Net;
using CallCenter.Telephony.Registration;
using CallCenter.Telephony.Tests.Support;

namespace CallCenter.Telephony.Tests.Registration;

/// <summary>A flood of REGISTERs that register nothing is dropped per source, before any transaction exists.</summary>
public class RegistrarFloodTests
{
    [Fact]
    public void Should_Drop_Registers_From_A_Source_That_Used_Up_Its_Allowance_And_Not_From_Others()
    {
        using var h = new RegistrarHarness(new RegistrarOptions
        {
            Realm = RegistrarHarness.Realm, SourceBurst = 5, SourceRefillPerSecond = 1, QualifyInterval = TimeSpan.Zero,
        });
        for (var i = 0; i < 5; i++) h.Send("1001", callId: $"flood-{i}")!.StatusCode.ShouldBe(401);
        var transactionsBefore = h.Endpoint.Transactions.ServerTransactionCount;

        for (var i = 0; i < 100; i++) h.Send("1001", callId: $"flood-more-{i}").ShouldBeNull();
        h.Registrar.Statistics.Dropped.ShouldBe(100);
        h.Endpoint.Transactions.ServerTransactionCount.ShouldBe(transactionsBefore); // no state per dropped packet

        h.Register("1001", "secret", from: new IPEndPoint(IPAddress.Parse("198.51.100.9"), 5060))!.StatusCode.ShouldBe(200);

        h.Time.Advance(TimeSpan.FromSeconds(1));
        h.Send("1001", callId: "after-refill")!.StatusCode.ShouldBe(401);
        h.Send("1001", callId: "after-refill-2").ShouldBeNull();
    }

    [Fact]
    public void Should_Not_Charge_Successful_Registrations()
    {
        using var h = new RegistrarHarness(new RegistrarOptions
        {
            Realm = RegistrarHarness.Realm, SourceBurst = 2, SourceRefillPerSecond = 0.001, QualifyInterval = TimeSpan.Zero,
        });
        // Each exchange costs one token (the challenge); a phone that keeps its nonce pays nothing more.
        var challenge = h.Send("1001")!;
        var nonce = RegistrarHarness.NonceOf(challenge);
        for (uint nc = 1; nc <= 20; nc++)
            h.Send("1001", RegistrarHarness.Answer(nonce, RegistrarHarness.Realm, "1001", "secret", DigestAlgorithm.Md5, nc), cseq: nc + 1)!.StatusCode.ShouldBe(200);
        h.Registrar.Statistics.Dropped.ShouldBe(0);
    }

    [Fact]
    public void Should_Survive_Random_Garbage_Registers()
    {
        using var h = new RegistrarHarness();
        var random = new Random(16);
        for (var i = 0; i < 500; i++)
        {
            var noise = new string([.. Enumerable.Range(0, random.Next(0, 80)).Select(_ => (char)random.Next(0x20, 0x7f))]);
            var field = random.Next(4);
            var response = h.Send("1001",
                authorization: field == 0 ? "Digest " + noise : null,
                contact: field == 1 ? noise : "<sip:1001@192.168.1.20:5060>",
                expires: field == 2 ? noise : "600",
                callId: "garbage-" + i,
                from: new IPEndPoint(IPAddress.Parse($"10.0.{i / 250}.{i % 250 + 1}"), 5060));
            if (response is not null) response.StatusCode.ShouldBeInRange(400, 499);
        }
        h.Registrar.Bindings.Count.ShouldBe(0);
    }
}
