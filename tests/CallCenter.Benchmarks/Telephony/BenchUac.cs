using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CallCenter.Benchmarks.Telephony;

/// <summary>
/// A minimal synchronous SIP caller on one socket: INVITE (PCMU offer pointing at a sink socket nobody reads),
/// ACK, BYE. It runs on the benchmark's own thread so its allocations can be told apart from the node's
/// (GC.GetAllocatedBytesForCurrentThread) and subtracted.
/// </summary>
internal sealed class BenchUac : IDisposable
{
    private readonly Socket _socket = new(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
    private readonly Socket _sink = new(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
    private readonly IPEndPoint _node;
    private readonly byte[] _buffer = new byte[8192];
    private readonly int _port;
    private readonly int _sinkPort;
    private int _branch;

    public BenchUac(IPEndPoint node)
    {
        _node = node;
        _socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        _socket.ReceiveTimeout = 10_000;
        _port = ((IPEndPoint)_socket.LocalEndPoint!).Port;
        // Our RTP lands here and is dropped when the buffer is full: UDP without a reader costs the node nothing extra.
        _sink.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        _sinkPort = ((IPEndPoint)_sink.LocalEndPoint!).Port;
    }

    /// <summary>INVITE until the 200 OK, then ACK; returns the dialog (Call-ID, To tag).</summary>
    public (string CallId, string ToTag) Setup(int n)
    {
        var callId = $"c{n}@bench";
        var sdp = $"v=0\r\no=- {n} 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\nm=audio {_sinkPort} RTP/AVP 0 101\r\n" +
                  "a=rtpmap:0 PCMU/8000\r\na=rtpmap:101 telephone-event/8000\r\na=fmtp:101 0-16\r\na=ptime:20\r\na=sendrecv\r\n";
        Send($"INVITE sip:ivr@127.0.0.1:{_node.Port} SIP/2.0\r\n{Via()}Max-Forwards: 70\r\nFrom: <sip:caller@127.0.0.1>;tag=f{n}\r\n" +
             $"To: <sip:ivr@127.0.0.1>\r\nCall-ID: {callId}\r\nCSeq: 1 INVITE\r\nContact: <sip:caller@127.0.0.1:{_port}>\r\n" +
             $"Content-Type: application/sdp\r\nContent-Length: {sdp.Length}\r\n\r\n{sdp}");
        var ok = WaitFor(callId, "INVITE");
        var toLine = Header(ok, "To");
        var tag = toLine[(toLine.IndexOf(";tag=", StringComparison.Ordinal) + 5)..].Split(';', '>')[0];
        Send($"ACK sip:ivr@127.0.0.1:{_node.Port} SIP/2.0\r\n{Via()}Max-Forwards: 70\r\nFrom: <sip:caller@127.0.0.1>;tag=f{n}\r\n" +
             $"To: {toLine}\r\nCall-ID: {callId}\r\nCSeq: 1 ACK\r\nContent-Length: 0\r\n\r\n");
        return (callId, tag);
    }

    /// <summary>BYE and wait for its 200 OK.</summary>
    public void Teardown(int n, string callId, string toTag)
    {
        Send($"BYE sip:callcenter@127.0.0.1:{_node.Port} SIP/2.0\r\n{Via()}Max-Forwards: 70\r\nFrom: <sip:caller@127.0.0.1>;tag=f{n}\r\n" +
             $"To: <sip:ivr@127.0.0.1>;tag={toTag}\r\nCall-ID: {callId}\r\nCSeq: 2 BYE\r\nContent-Length: 0\r\n\r\n");
        WaitFor(callId, "BYE");
    }

    private string Via() => $"Via: SIP/2.0/UDP 127.0.0.1:{_port};branch=z9hG4bK{++_branch:x8};rport\r\n";

    private void Send(string text) => _socket.SendTo(Encoding.ASCII.GetBytes(text), _node);

    /// <summary>The final response (2xx) for this call and method; provisional responses are skipped.</summary>
    private string WaitFor(string callId, string method)
    {
        EndPoint from = new IPEndPoint(IPAddress.Any, 0);
        while (true)
        {
            var n = _socket.ReceiveFrom(_buffer, ref from);
            var text = Encoding.ASCII.GetString(_buffer, 0, n);
            if (!text.StartsWith("SIP/2.0 ", StringComparison.Ordinal) || Header(text, "Call-ID") != callId) continue;
            if (!Header(text, "CSeq").EndsWith(method, StringComparison.Ordinal)) continue;
            var code = int.Parse(text.AsSpan(8, 3), CultureInfo.InvariantCulture);
            if (code < 200) continue;
            if (code >= 300) throw new InvalidOperationException($"{method} answered {code}");
            return text;
        }
    }

    private static string Header(string message, string name)
    {
        var start = message.IndexOf("\r\n" + name + ":", StringComparison.OrdinalIgnoreCase);
        if (start < 0) return "";
        start += name.Length + 3;
        var end = message.IndexOf("\r\n", start, StringComparison.Ordinal);
        return message[start..end].Trim();
    }

    public void Dispose()
    {
        _socket.Dispose();
        _sink.Dispose();
    }
}
