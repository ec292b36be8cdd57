using System.Net;
using System.Net.Sockets;
using CallCenter.Telephony.Sip;

namespace CallCenter.Telephony.Calls;

/// <summary>Where to send an outbound INVITE: a configured proxy/trunk ("host[:port]") or the target URI's own host and port.</summary>
public static class SipDestination
{
    /// <summary>Null when neither parses or the host name does not resolve (the transfer then fails, it never throws).</summary>
    public static async Task<IPEndPoint?> ResolveAsync(string targetUri, string? proxy, CancellationToken cancellationToken = default)
    {
        string host;
        int? port;
        if (!string.IsNullOrWhiteSpace(proxy))
        {
            var text = proxy.Trim();
            if (text.StartsWith("sip:", StringComparison.OrdinalIgnoreCase)) text = text[4..];
            if (!SipUri.TryParseHostPort(text.Split(';')[0], out host, out port)) return null;
        }
        else
        {
            if (!SipUri.TryParse(targetUri, out var uri) || uri.Scheme != "sip" || uri.Host.Length == 0) return null;
            host = uri.Host;
            port = uri.Port;
        }
        var bare = host.Trim('[', ']');
        if (IPAddress.TryParse(bare, out var address)) return new IPEndPoint(address, port ?? 5060);
        try
        {
            var addresses = await Dns.GetHostAddressesAsync(bare, cancellationToken).ConfigureAwait(false);
            var chosen = addresses.FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork) ?? addresses.FirstOrDefault();
            return chosen is null ? null : new IPEndPoint(chosen, port ?? 5060);
        }
        catch (SocketException)
        {
            return null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
