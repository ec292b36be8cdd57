using System.Net;
using CallCenter.Telephony.Sip;

namespace CallCenter.Telephony.Tests.Support;

/// <summary>Records what the stack sends and lets a test inject datagrams; used with FakeTimeProvider.</summary>
public sealed class FakeSipTransport : ISipTransport
{
    private readonly List<(byte[] Data, IPEndPoint To)> _sent = [];
    private Action<ReadOnlyMemory<byte>, IPEndPoint>? _handler;

    public static readonly IPEndPoint Peer = new(IPAddress.Loopback, 5070);

    public IPEndPoint LocalEndPoint { get; } = new(IPAddress.Loopback, 5060);

    public IReadOnlyList<(byte[] Data, IPEndPoint To)> Sent
    {
        get { lock (_sent) return [.. _sent]; }
    }

    public IReadOnlyList<SipMessage> SentMessages => [.. Sent.Select(s => SipParser.Parse(s.Data).Message!)];

    public IReadOnlyList<SipResponse> Responses => [.. SentMessages.OfType<SipResponse>()];

    public IReadOnlyList<SipRequest> Requests => [.. SentMessages.OfType<SipRequest>()];

    public void Send(byte[] datagram, IPEndPoint destination)
    {
        lock (_sent) _sent.Add((datagram, destination));
    }

    public void Start(Action<ReadOnlyMemory<byte>, IPEndPoint> onDatagram) => _handler = onDatagram;

    public void Receive(string text, IPEndPoint? from = null) => _handler!(SipSamples.Bytes(text), from ?? Peer);

    public void Receive(byte[] data, IPEndPoint? from = null) => _handler!(data, from ?? Peer);

    public void Clear()
    {
        lock (_sent) _sent.Clear();
    }

    public void Dispose()
    {
    }
}
