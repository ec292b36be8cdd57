using System.Net;
using System.Net.Sockets;
using System.Text;
using CallCenter.Telephony.Sip;
using CallCenter.Telephony.Tests.Support;
using CallCenter.Voice.Tests.Support;
using Npgsql;

namespace CallCenter.Voice.Tests.Hostile;

/// <summary>
/// The telephony tests' hostile INVITE corpus fired at the real node (Host, IVR on PostgreSQL): every INVITE the node
/// accepts (180 Ringing) has its call record — written at ring time, before the workflow starts — and that record is
/// closed when the caller hangs up. A From of &lt;mailto:…&gt; once left the caller number null and the record unwritten.
/// </summary>
[Collection(VoiceCollection.Name)]
public class HostileInviteCallRecordTests(VoiceHostFixture host)
{
    [Fact]
    public async Task Should_Write_A_Call_Record_For_Every_Accepted_Hostile_Invite()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var corpus = HostileInviteCorpus.Invites(run).ToList();
        using var client = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        var answers = new Dictionary<string, List<SipResponse>>();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var receiving = ReceiveAsync(client, corpus, answers, stop.Token);

        foreach (var (_, _, data) in corpus) await client.SendAsync(data, host.SipAddress);
        // Every INVITE gets a final answer (the IVR answers with 200 OK, or the node refuses) within the minute.
        while (!stop.IsCancellationRequested && !AllFinal(corpus, answers)) await Task.Delay(100);
        await stop.CancelAsync();
        await receiving;

        var accepted = corpus.Where(c => Codes(answers, c.CallIdPrefix).Contains(180)).ToList();
        accepted.Select(c => c.Name).ShouldBe(corpus.Select(c => c.Name), "every hostile INVITE is accepted (ivr-main answers any number)");
        foreach (var (_, prefix, _) in accepted)
        {
            var ok = Responses(answers, prefix).FirstOrDefault(r => r.StatusCode == 200);
            if (ok is not null) await HangUpAsync(client, ok);
        }

        var records = await RecordsAsync(run, accepted.Count);
        foreach (var (name, prefix, _) in accepted)
        {
            var record = records.SingleOrDefault(r => r.SipCallId.StartsWith(prefix, StringComparison.Ordinal));
            record.ShouldNotBeNull($"no call record for the accepted INVITE '{name}'");
            (record.SipCallId + record.CallerNumber + record.DialledNumber).Where(char.IsControl).ShouldBeEmpty(name);
            record.Ended.ShouldBeTrue($"the record of '{name}' was not closed after the hang-up");
        }
    }

    private static async Task ReceiveAsync(UdpClient client, List<(string Name, string CallIdPrefix, byte[] Data)> corpus,
        Dictionary<string, List<SipResponse>> answers, CancellationToken ct)
    {
        try
        {
            while (true)
            {
                var datagram = await client.ReceiveAsync(ct);
                if (SipParser.Parse(datagram.Buffer).Message is not SipResponse response) continue;
                var prefix = corpus.Select(c => c.CallIdPrefix).FirstOrDefault(p => response.CallId.StartsWith(p, StringComparison.Ordinal));
                if (prefix is null) continue;
                lock (answers)
                {
                    if (!answers.TryGetValue(prefix, out var list)) answers[prefix] = list = [];
                    list.Add(response);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private static List<SipResponse> Responses(Dictionary<string, List<SipResponse>> answers, string prefix)
    {
        lock (answers) return answers.TryGetValue(prefix, out var list) ? [.. list] : [];
    }

    private static List<int> Codes(Dictionary<string, List<SipResponse>> answers, string prefix) =>
        [.. Responses(answers, prefix).Where(r => r.CSeq.Method == SipMethods.Invite).Select(r => r.StatusCode)];

    private static bool AllFinal(List<(string Name, string CallIdPrefix, byte[] Data)> corpus, Dictionary<string, List<SipResponse>> answers) =>
        corpus.All(c => Codes(answers, c.CallIdPrefix).Any(code => code >= 200));

    /// <summary>ACK and BYE built from the 200 OK's own dialog headers (so an odd Call-ID or From comes back as the node sent it).</summary>
    private async Task HangUpAsync(UdpClient client, SipResponse ok)
    {
        var local = (IPEndPoint)client.Client.LocalEndPoint!;
        foreach (var (method, cseq) in new[] { (SipMethods.Ack, ok.CSeq.Number), (SipMethods.Bye, ok.CSeq.Number + 1) })
        {
            var request = SipSamples.Crlf($"""
                {method} sip:95598@{host.SipAddress} SIP/2.0
                Via: SIP/2.0/UDP {local};branch=z9hG4bK-{Guid.NewGuid():N};rport
                Max-Forwards: 70
                From: {ok.GetHeader(SipHeaderNames.From)}
                To: {ok.GetHeader(SipHeaderNames.To)}
                Call-ID: {ok.CallId}
                CSeq: {cseq} {method}
                Content-Length: 0


                """);
            await client.SendAsync(Encoding.UTF8.GetBytes(request), host.SipAddress);
        }
    }

    private sealed record StoredCall(string SipCallId, string CallerNumber, string DialledNumber, bool Ended);

    /// <summary>This run's call records once all have ended (bounded wait), read straight from the table.</summary>
    private async Task<List<StoredCall>> RecordsAsync(string run, int expected)
    {
        var list = new List<StoredCall>();
        for (var i = 0; i < 300; i++)
        {
            list.Clear();
            await using var connection = new NpgsqlConnection(host.DatabaseConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(
                "SELECT sip_call_id, caller_number, dialled_number, ended_at IS NOT NULL FROM call_records WHERE sip_call_id LIKE @p", connection);
            command.Parameters.AddWithValue("p", $"hostile-{run}-%");
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) list.Add(new StoredCall(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetBoolean(3)));
            if (list.Count >= expected && list.All(c => c.Ended)) break;
            await Task.Delay(100);
        }
        return list;
    }
}
