using System.Diagnostics;
using System.Net.Sockets;
using System.Text;

namespace CallCenter.Telephony.Tests.Support;

/// <summary>
/// A real baresip 1.0.0 softphone as the caller, remote-controlled over ctrl_tcp (netstring-framed JSON).
/// Headless: ALSA's null device plays, aufile is the microphone, sndfile dumps what it hears to WAV files.
/// </summary>
public sealed class Baresip : IAsyncDisposable
{
    private readonly Process _process;
    private readonly TcpClient _control = new();

    private Baresip(Process process, string directory, int sipPort)
    {
        _process = process;
        Directory = directory;
        SipPort = sipPort;
    }

    public string Directory { get; }

    /// <summary>The UDP port baresip sends and listens on (its REGISTERs come from here).</summary>
    public int SipPort { get; }

    /// <param name="microphoneWav">What the phone sends as its microphone.</param>
    /// <param name="account">The accounts line; the default is a caller that does not register.</param>
    public static async Task<Baresip> StartAsync(string microphoneWav, string? account = null)
    {
        var exe = new[] { "/usr/bin/baresip", "/usr/local/bin/baresip" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("baresip is not installed: run scripts/telephony-peers.sh");
        var dir = System.IO.Directory.CreateTempSubdirectory("baresip-").FullName;
        var sipPort = FreeSipPort(); // baresip binds UDP and TCP on it, and TLS on port + 1
        var controlPort = FreeTcpPort();
        await File.WriteAllTextAsync(Path.Combine(dir, "config"), $"""
            poll_method epoll
            sip_listen 127.0.0.1:{sipPort}
            audio_player alsa,null
            audio_alert alsa,null
            audio_source aufile,{microphoneWav}
            audio_level no
            module_path /usr/lib/baresip/modules
            module g711.so
            module aufile.so
            module alsa.so
            module sndfile.so
            snd_path {dir}
            module_app account.so
            module_app menu.so
            module_app ctrl_tcp.so
            ctrl_tcp_listen 127.0.0.1:{controlPort}

            """);
        await File.WriteAllTextAsync(Path.Combine(dir, "accounts"), (account ?? "<sip:caller@127.0.0.1>;regint=0;audio_codecs=pcmu;ptime=20") + "\n");
        var process = Process.Start(new ProcessStartInfo(exe, $"-f {dir} -t 60")
        {
            WorkingDirectory = dir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        }) ?? throw new InvalidOperationException("could not start baresip");
        var output = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        var phone = new Baresip(process, dir, sipPort);
        // Generous: on a busy two-core machine baresip can take seconds to load its modules.
        for (var attempt = 0; !phone._control.Connected; attempt++)
        {
            try
            {
                await phone._control.ConnectAsync("127.0.0.1", controlPort);
            }
            catch (SocketException) when (attempt < 300 && !process.HasExited)
            {
                await Task.Delay(100);
            }
            catch (SocketException ex)
            {
                var log = process.HasExited ? await output : "(still running)";
                throw new InvalidOperationException($"baresip ctrl_tcp on port {controlPort} did not answer: {ex.Message}\n{log}", ex);
            }
        }
        return phone;
    }

    private static int FreeTcpPort()
    {
        var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static int FreeSipPort()
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var port = FreeTcpPort();
            if (port >= 65000) continue;
            try
            {
                using var udp = new UdpClient(new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, port));
                var tls = new TcpListener(System.Net.IPAddress.Loopback, port + 1);
                tls.Start();
                tls.Stop();
                return port;
            }
            catch (SocketException)
            {
            }
        }
        throw new InvalidOperationException("no free port for baresip");
    }

    /// <summary>Sends one ctrl_tcp command; responses and events are not needed by the tests and are ignored.</summary>
    public async Task CommandAsync(string command, string parameters = "")
    {
        var json = $$"""{"command":"{{command}}","params":"{{parameters}}","token":"t"}""";
        var frame = Encoding.UTF8.GetBytes($"{Encoding.UTF8.GetByteCount(json)}:{json},");
        await _control.GetStream().WriteAsync(frame);
    }

    /// <summary>Quits cleanly, so that sndfile closes its WAV files and writes their final lengths.</summary>
    public async Task QuitAsync()
    {
        await CommandAsync("quit");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            // DisposeAsync kills it; the assertions on its files will then say what is missing.
        }
    }

    /// <summary>WAV files sndfile wrote for audio the phone decoded, i.e. what it heard from us.</summary>
    public IReadOnlyList<string> ReceivedAudioFiles() =>
        [.. System.IO.Directory.GetFiles(Directory, "*.wav").Where(f => Path.GetFileName(f).Contains("dec", StringComparison.Ordinal))];

    /// <summary>kill -9: the phone vanishes without unregistering (a crash, a pulled cable).</summary>
    public async Task KillAsync()
    {
        if (_process.HasExited) return;
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        _control.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
