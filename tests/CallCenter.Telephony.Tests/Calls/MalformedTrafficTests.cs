using System.Net;
using System.Net.Sockets;
using System.Text;
using CallCenter.Telephony.Sip;
using CallCenter.Telephony.Tests.Support;

namespace CallCenter.Telephony.Tests.Calls;

/// <summary>Hostile datagrams over a real UDP socket at a running endpoint: 400 where a response is due, no crash, no leaked call.</summary>
[Collection(Sipp.SippCollection.Name)]
public class MalformedTrafficTests
{
    [Fact]
    public async Task Should_Answer_400_Or_Drop_Every_Malformed_Datagram_And_Stay_Up()
    {
        using var host = new EndpointHost(call => call.Answer(), new SipTimerSettings { T1 = TimeSpan.FromMilliseconds(50), T2 = TimeSpan.FromMilliseconds(400) });
        using var client = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        // A datagram over 65507 bytes cannot even be sent over UDP/IPv4; the parser tests cover that entry.
        var table = MalformedCorpus.Table().Where(c => c.Data.Length <= 65507).ToList();
        var mutations = MalformedCorpus.Mutations(120, seed: 99).ToList();
        var expectedDrops = 0;

        foreach (var (name, data, _) in table)
        {
            await client.SendAsync(data, host.Address);
            if (ExpectsBadRequest(data))
            {
                var reply = await ReceiveAsync(client);
                reply.ShouldStartWith("SIP/2.0 400 Bad Request", customMessage: name);
            }
            else if (data.Length > 0)
            {
                expectedDrops++;
            }
        }
        foreach (var data in mutations) await client.SendAsync(data, host.Address);

        // Still answering: an OPTIONS after the storm gets its 200.
        var probe = SipSamples.Request("OPTIONS", "z9hG4bK-probe", callId: "probe@127.0.0.1");
        await client.SendAsync(SipSamples.Bytes(probe), host.Address);
        string answer;
        do answer = await ReceiveAsync(client);
        while (!(answer.StartsWith("SIP/2.0 200", StringComparison.Ordinal) && answer.Contains("probe@127.0.0.1")));

        (table.Count + mutations.Count).ShouldBeGreaterThanOrEqualTo(100);
        host.Endpoint.Statistics.MalformedDropped.ShouldBeGreaterThanOrEqualTo(expectedDrops);
        // Mutations that still parse as an INVITE become calls; unacknowledged, each ends after 64·T1 with BYE.
        for (var i = 0; i < 300 && host.Endpoint.ActiveCalls.Count > 0; i++) await Task.Delay(100);
        host.Endpoint.ActiveCalls.Select(c => $"{c.CallId} {c.State}").ShouldBeEmpty();
    }

    private static bool ExpectsBadRequest(byte[] data)
    {
        var result = SipParser.Parse(data);
        return result.Partial is { } partial && partial.Method != SipMethods.Ack && ViaHeader.TryParse(partial.GetHeader("Via"), out _);
    }

    private static async Task<string> ReceiveAsync(UdpClient client)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var result = await client.ReceiveAsync(timeout.Token);
        return Encoding.UTF8.GetString(result.Buffer);
    }
}
