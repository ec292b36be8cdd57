using System.Net;
using System.Net.Sockets;
using CallCenter.Telephony.Calls;
using CallCenter.Telephony.Sip;
using CallCenter.Telephony.Tests.Support;

namespace CallCenter.Telephony.Tests.Calls;

/// <summary>
/// INVITEs the parser accepts however odd their From, To, Request-URI or Call-ID: each becomes a call whose caller,
/// dialled number, display name and Call-ID are never null and hold no control character — what the application
/// stores (the SIP node's call record) can rely on that. The same corpus runs through the whole node in the voice tests.
/// </summary>
[Collection(Sipp.SippCollection.Name)]
public class HostileInviteTests
{
    public static TheoryData<string> Names() => [.. HostileInviteCorpus.Invites("names").Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public void Should_Parse_Every_Hostile_Invite_As_An_Invite(string name)
    {
        var (_, _, data) = HostileInviteCorpus.Invites("parse").Single(c => c.Name == name);

        var result = SipParser.Parse(data);

        result.Success.ShouldBeTrue($"{name}: {result.Error} {result.Detail}");
        result.Message.ShouldBeOfType<SipRequest>().Method.ShouldBe(SipMethods.Invite);
    }

    [Fact]
    public async Task Should_Offer_Every_Hostile_Invite_As_A_Call_With_Printable_Non_Null_Parts()
    {
        using var host = new EndpointHost(call => call.Reject(486, "Busy Here"));
        using var client = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        var corpus = HostileInviteCorpus.Invites("offer").ToList();

        foreach (var (_, _, data) in corpus) await client.SendAsync(data, host.Address);
        for (var i = 0; i < 100 && host.Calls.Count < corpus.Count; i++) await Task.Delay(50);

        var calls = host.Calls.ToList();
        foreach (var (name, prefix, _) in corpus)
        {
            var call = calls.SingleOrDefault(c => c.CallId.StartsWith(prefix, StringComparison.Ordinal)).ShouldNotBeNull(name);
            foreach (var part in new[] { call.CallId, call.CallerNumber, call.DialledNumber, call.CallerDisplayName, call.RemoteTag })
            {
                part.ShouldNotBeNull(name);
                part.Where(c => char.IsControl(c) && c != '\t').ShouldBeEmpty(name);
            }
        }
        calls.Single(c => c.CallId.StartsWith(corpus.Single(x => x.Name == "From user %00").CallIdPrefix, StringComparison.Ordinal))
            .CallerNumber.ShouldBe("138%00%0A%1B");
        calls.Single(c => c.CallId.StartsWith(corpus.Single(x => x.Name == "Request-URI user of Chinese text").CallIdPrefix, StringComparison.Ordinal))
            .DialledNumber.ShouldBe("热线");
    }
}
