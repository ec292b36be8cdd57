using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;

namespace CallCenter.Telephony.Rtp;

/// <summary>Binds an RTP socket: an even port from the configured range (RTP convention), or any free port.</summary>
internal static class RtpPortAllocator
{
    public static Socket Bind(IPAddress address, int portMin, int portMax)
    {
        if (portMin <= 0 || portMax < portMin) return BindTo(address, 0) ?? throw new SocketException((int)SocketError.AddressAlreadyInUse);
        var evenCount = Math.Max(1, (portMax - portMin) / 2 + 1);
        var start = RandomNumberGenerator.GetInt32(evenCount);
        for (var i = 0; i < evenCount; i++)
        {
            var port = portMin + (portMin & 1) + (start + i) % evenCount * 2;
            if (port > portMax) continue;
            var socket = BindTo(address, port);
            if (socket is not null) return socket;
        }
        throw new SocketException((int)SocketError.AddressAlreadyInUse);
    }

    private static Socket? BindTo(IPAddress address, int port)
    {
        var socket = new Socket(address.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
        try
        {
            socket.Bind(new IPEndPoint(address, port));
            return socket;
        }
        catch (SocketException)
        {
            socket.Dispose();
            return null;
        }
    }
}
