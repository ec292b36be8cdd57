using System.Net;

namespace CallCenter.Telephony.Sip;

public interface ISipTransport : IDisposable
{
    IPEndPoint LocalEndPoint { get; }

    void Send(byte[] datagram, IPEndPoint destination);

    /// <summary>Starts delivering datagrams; the handler must not throw (the transport counts it if it does).</summary>
    void Start(Action<ReadOnlyMemory<byte>, IPEndPoint> onDatagram);
}
