using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CallCenter.Benchmarks.ScreenPop;

/// <summary>
/// HTTP/1.1 GETs over a pool of keep-alive sockets, reading each whole response (Content-Length or chunked). The load
/// generator shares the two cores it measures, and with HttpClient its process took ~0.2 ms of CPU per request
/// (start-up included) — about a fifth of the machine's work per screen pop; in trial runs this exchange took the
/// process's CPU for a 20 s run at 1,000/s from 3.8–4.6 s to 3.0–3.8 s, leaving more of the cores to the server.
/// Not a general client: no redirects, TLS, compression or pipelining; any malformed answer is an error.
/// </summary>
public sealed class KeepAliveHttpGetter(Uri baseAddress, string bearerToken) : IDisposable
{
    private readonly Stack<Connection> _idle = new();
    private readonly string _host = baseAddress.Authority;
    private readonly DnsEndPoint _endPoint = new(baseAddress.Host, baseAddress.Port);

    /// <summary>The status code, once the whole body has been read.</summary>
    public async Task<int> GetAsync(string pathAndQuery, CancellationToken ct)
    {
        var connection = Rent() ?? await Connection.OpenAsync(_endPoint, ct);
        try
        {
            var status = await connection.ExchangeAsync($"GET {pathAndQuery} HTTP/1.1\r\nHost: {_host}\r\nAuthorization: Bearer {bearerToken}\r\n\r\n", ct);
            if (connection.KeepAlive) Return(connection); else connection.Dispose();
            return status;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private Connection? Rent()
    {
        lock (_idle) return _idle.TryPop(out var c) ? c : null;
    }

    private void Return(Connection connection)
    {
        lock (_idle) _idle.Push(connection);
    }

    public void Dispose()
    {
        lock (_idle) while (_idle.TryPop(out var c)) c.Dispose();
    }

    private sealed class Connection(Socket socket) : IDisposable
    {
        private static readonly byte[] HeaderEnd = "\r\n\r\n"u8.ToArray();
        private static readonly byte[] LineEnd = "\r\n"u8.ToArray();
        private readonly byte[] _buffer = new byte[64 * 1024];
        private int _start, _end; // unread bytes are _buffer[_start.._end]

        public bool KeepAlive { get; private set; } = true;

        public static async Task<Connection> OpenAsync(EndPoint endPoint, CancellationToken ct)
        {
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            await socket.ConnectAsync(endPoint, ct);
            return new Connection(socket);
        }

        public async Task<int> ExchangeAsync(string request, CancellationToken ct)
        {
            var length = Encoding.ASCII.GetBytes(request, _buffer);
            await socket.SendAsync(_buffer.AsMemory(0, length), SocketFlags.None, ct);
            _start = _end = 0;

            var headerEnd = await ReadUntilAsync(HeaderEnd, ct);
            var head = Encoding.ASCII.GetString(_buffer, _start, headerEnd - _start);
            _start = headerEnd + 4;
            if (head.Length < 12 || !head.StartsWith("HTTP/1.1 ", StringComparison.Ordinal) || !int.TryParse(head.AsSpan(9, 3), out var status))
                throw new InvalidDataException("not an HTTP/1.1 status line");
            long? contentLength = null;
            var chunked = false;
            foreach (var line in head.Split("\r\n"))
            {
                if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase)) contentLength = long.Parse(line.AsSpan(15).Trim());
                else if (line.StartsWith("Transfer-Encoding:", StringComparison.OrdinalIgnoreCase)) chunked = line.Contains("chunked", StringComparison.OrdinalIgnoreCase);
                else if (line.StartsWith("Connection:", StringComparison.OrdinalIgnoreCase)) KeepAlive = !line.Contains("close", StringComparison.OrdinalIgnoreCase);
            }

            if (chunked)
                while (true)
                {
                    var lineEnd = await ReadUntilAsync(LineEnd, ct);
                    var size = Convert.ToInt64(Encoding.ASCII.GetString(_buffer, _start, lineEnd - _start).Split(';')[0].Trim(), 16);
                    _start = lineEnd + 2;
                    await SkipAsync(size + 2, ct); // the chunk and its CRLF (after the last, empty chunk: the final CRLF)
                    if (size == 0) break;
                }
            else if (contentLength is { } n) await SkipAsync(n, ct);
            else KeepAlive = false; // a body delimited by closing the connection: read nothing more, use it no more
            return status;
        }

        /// <summary>Index of <paramref name="marker"/> in the unread bytes, receiving more until it is there.</summary>
        private async Task<int> ReadUntilAsync(byte[] marker, CancellationToken ct)
        {
            while (true)
            {
                var at = _buffer.AsSpan(_start, _end - _start).IndexOf(marker);
                if (at >= 0) return _start + at;
                await ReceiveAsync(ct);
            }
        }

        private async Task SkipAsync(long count, CancellationToken ct)
        {
            while (true)
            {
                var take = (int)Math.Min(count, _end - _start);
                _start += take;
                count -= take;
                if (count == 0) return;
                await ReceiveAsync(ct);
            }
        }

        private async Task ReceiveAsync(CancellationToken ct)
        {
            if (_start > 0) // keep the unread tail at the front so the buffer never runs out on a long answer
            {
                Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
                _end -= _start;
                _start = 0;
            }
            if (_end == _buffer.Length) throw new InvalidDataException("response header or chunk line longer than the buffer");
            var read = await socket.ReceiveAsync(_buffer.AsMemory(_end), SocketFlags.None, ct);
            if (read == 0) throw new IOException("the server closed the connection mid-response");
            _end += read;
        }

        public void Dispose() => socket.Dispose();
    }
}
