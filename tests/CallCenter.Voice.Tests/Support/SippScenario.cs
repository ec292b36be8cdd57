using System.Text;

namespace CallCenter.Voice.Tests.Support;

/// <summary>
/// Writes a sipp UAC scenario for one IVR call: an INVITE offering either PCMA + telephone-event/101 (for the DTMF
/// captures shipped in /usr/share/sip-tester) or PCMU + telephone-event/96 (for sipp's own play_dtmf, which adds
/// payload-type-97 fillers), then the caller's actions, then BYE — or, for a transfer, REFER answered 202 and our BYE.
/// </summary>
public sealed class SippScenario
{
    private readonly StringBuilder _actions = new();

    public SippScenario(string caller, bool pcapDtmf, bool allowRefer = false)
    {
        Caller = caller;
        PcapDtmf = pcapDtmf;
        AllowRefer = allowRefer;
    }

    public string Caller { get; }
    public bool PcapDtmf { get; }
    public bool AllowRefer { get; }
    public bool ExpectTransfer { get; private set; }

    public SippScenario Pause(int milliseconds)
    {
        _actions.AppendLine($"""  <pause milliseconds="{milliseconds}"/>""");
        return this;
    }

    /// <summary>One key from the shipped RFC 4733 captures (8 updates, end packet three times).</summary>
    public SippScenario PcapKey(char key)
    {
        var name = key switch { '#' => "pound", '*' => "star", _ => key.ToString() };
        return Exec($"play_pcap_audio=\"pcap/dtmf_2833_{name}.pcap\"").Pause(600);
    }

    /// <summary>About 7 s of PCMA speech from the shipped capture; the pause lets it finish.</summary>
    public SippScenario PcapSpeech() => Exec("play_pcap_audio=\"pcap/g711a.pcap\"").Pause(7600);

    public SippScenario PlayDtmf(string keys) => Exec($"play_dtmf=\"{keys}\"").Pause(400 * keys.Length + 400);

    /// <summary>
    /// Keys as SIP INFO (application/dtmf-relay), one transaction each: for a caller whose RTP goes to a test's own
    /// socket (<see cref="MediaPort"/>), so sipp sends no media at all.
    /// </summary>
    public SippScenario InfoDtmf(string keys)
    {
        foreach (var key in keys)
        {
            _infoCseq++;
            _actions.AppendLine($"""
                  <send retrans="500">
                    <![CDATA[

                      INFO sip:[service]@[remote_ip]:[remote_port] SIP/2.0
                      Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
                      From: {From}
                      To: <sip:[service]@[remote_ip]:[remote_port]>[peer_tag_param]
                      Call-ID: [call_id]
                      CSeq: {_infoCseq} INFO
                      Max-Forwards: 70
                      Content-Type: application/dtmf-relay
                      Content-Length: [len]

                      Signal={key}
                      Duration=160

                    ]]>
                  </send>
                  <recv response="200"/>
                """);
            Pause(300);
        }
        return this;
    }

    private int _infoCseq = 100;

    /// <summary>The port the SDP offers for RTP instead of sipp's own (a test's socket that records what the caller receives).</summary>
    public int? MediaPort { get; init; }

    private string From => $"\"{Caller}\" <sip:{Caller}@[local_ip]:[local_port]>;tag=[pid]SIPpTag[call_number]";

    public SippScenario ExpectReferThenBye()
    {
        ExpectTransfer = true;
        return this;
    }

    /// <summary>Instead of hanging up, stay on the line until the node sends BYE (a bridged target hung up).</summary>
    public SippScenario WaitForByeFromNode()
    {
        WaitForBye = true;
        return this;
    }

    public bool WaitForBye { get; private set; }

    /// <summary>The phone allows REFER but refuses this one (e.g. 501), then stays on the line for <paramref name="milliseconds"/> and hangs up.</summary>
    public SippScenario RefuseRefer(int statusCode, int milliseconds)
    {
        RefuseReferWith = statusCode;
        RefusedReferPause = milliseconds;
        return this;
    }

    public int? RefuseReferWith { get; private set; }

    public int RefusedReferPause { get; private set; }

    /// <summary>A response to the request just received, echoing its dialog headers (sipp's [last_…] keywords).</summary>
    private static string Reply(string status, string? extraHeader = null) => $"""
        <send>
          <![CDATA[

            SIP/2.0 {status}
            [last_Via:]
            [last_From:]
            [last_To:]
            [last_Call-ID:]
            [last_CSeq:]{(extraHeader is null ? "" : "\n" + extraHeader)}
            Content-Length: 0

          ]]>
        </send>
        """;

    private SippScenario Exec(string attributes)
    {
        _actions.AppendLine($"""  <nop><action><exec {attributes}/></action></nop>""");
        return this;
    }

    public string Write(string directory)
    {
        var port = MediaPort?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "[media_port]";
        var media = PcapDtmf
            ? $"m=audio {port} RTP/AVP 8 101\n      a=rtpmap:8 PCMA/8000\n      a=rtpmap:101 telephone-event/8000\n      a=fmtp:101 0-15"
            : $"m=audio {port} RTP/AVP 0 96\n      a=rtpmap:0 PCMU/8000\n      a=rtpmap:96 telephone-event/8000\n      a=fmtp:96 0-15";
        var allow = AllowRefer ? "\n      Allow: INVITE, ACK, BYE, CANCEL, OPTIONS, REFER, NOTIFY" : "";
        var from = From;
        var callerBye = $"""
              <send retrans="500">
                <![CDATA[

                  BYE sip:[service]@[remote_ip]:[remote_port] SIP/2.0
                  Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
                  From: {from}
                  To: <sip:[service]@[remote_ip]:[remote_port]>[peer_tag_param]
                  Call-ID: [call_id]
                  CSeq: {_infoCseq + 1} BYE
                  Max-Forwards: 70
                  Content-Length: 0

                ]]>
              </send>
              <recv response="200"/>
              """;
        var refused = $"""
              <recv request="REFER" timeout="30000"/>
              {Reply($"{RefuseReferWith} Refused")}
              <pause milliseconds="{RefusedReferPause}"/>
              """;
        var ending = RefuseReferWith is not null
            ? refused + callerBye
            : WaitForBye
            ? $"""
              <recv request="BYE" timeout="40000"/>
              {Reply("200 OK")}
              """
            : ExpectTransfer
            ? $"""
              <recv request="REFER" timeout="30000"/>
              {Reply("202 Accepted", "Contact: <sip:[local_ip]:[local_port]>")}
              <recv request="BYE" timeout="15000"/>
              {Reply("200 OK")}
              """
            : callerBye;
        var xml = $"""
            <?xml version="1.0" encoding="ISO-8859-1" ?>
            <!DOCTYPE scenario SYSTEM "sipp.dtd">
            <scenario name="ivr call">
              <send retrans="500">
                <![CDATA[

                  INVITE sip:[service]@[remote_ip]:[remote_port] SIP/2.0
                  Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
                  From: {from}
                  To: <sip:[service]@[remote_ip]:[remote_port]>
                  Call-ID: [call_id]
                  CSeq: 1 INVITE
                  Contact: <sip:sipp@[local_ip]:[local_port]>
                  Max-Forwards: 70{allow}
                  Content-Type: application/sdp
                  Content-Length: [len]

                  v=0
                  o=user1 53655765 2353687637 IN IP[local_ip_type] [local_ip]
                  s=-
                  c=IN IP[media_ip_type] [media_ip]
                  t=0 0
                  {media}

                ]]>
              </send>
              <recv response="100" optional="true"/>
              <recv response="180" optional="true"/>
              <recv response="200" rtd="true"/>
              <send>
                <![CDATA[

                  ACK sip:[service]@[remote_ip]:[remote_port] SIP/2.0
                  Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
                  From: {from}
                  To: <sip:[service]@[remote_ip]:[remote_port]>[peer_tag_param]
                  Call-ID: [call_id]
                  CSeq: 1 ACK
                  Max-Forwards: 70
                  Content-Length: 0

                ]]>
              </send>
            {_actions}
            {ending}
            </scenario>
            """;
        var file = Path.Combine(directory, "ivr-call.xml");
        File.WriteAllText(file, xml);
        // play_pcap_audio takes paths relative to the working directory.
        var pcap = Path.Combine(directory, "pcap");
        if (!Path.Exists(pcap)) File.CreateSymbolicLink(pcap, "/usr/share/sip-tester");
        return file;
    }
}
