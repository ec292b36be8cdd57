using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CallCenter.Telephony.Tests.Support;

/// <summary>
/// linphonec (Debian linphone-cli, liblinphone/belle-sip): a second, independent SIP phone, driven through its stdin.
/// It listens on no port until told ("ports sip N"); its config and database live in a temp folder.
/// </summary>
public sealed class Linphonec : IAsyncDisposable
{
    private readonly Process _process;

    private Linphonec(Process process, int sipPort)
    {
        _process = process;
        SipPort = sipPort;
    }

    public int SipPort { get; }

    public static async Task<Linphonec> StartAsync()
    {
        const string exe = "/usr/bin/linphonec";
        if (!File.Exists(exe)) throw new InvalidOperationException("linphonec is not installed: run scripts/telephony-peers.sh");
        var dir = Directory.CreateTempSubdirectory("linphonec-").FullName;
        var sipPort = FreeUdpPort();
        var config = Path.Combine(dir, "rc");
        await File.WriteAllTextAsync(config, $"""
            [sip]
            sip_tcp_port=-1
            sip_tls_port=-1
            register_only_when_network_is_up=0
            [rtp]
            audio_rtp_port={FreeUdpPort()}

            """);
        var start = new ProcessStartInfo(exe, $"-c {config}")
        {
            WorkingDirectory = dir,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["HOME"] = dir; // its sqlite database goes under ~/.local
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start linphonec");
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        var phone = new Linphonec(process, sipPort);
        await phone.CommandAsync($"ports sip {sipPort}");
        return phone;
    }

    public async Task CommandAsync(string line)
    {
        await _process.StandardInput.WriteLineAsync(line);
        await _process.StandardInput.FlushAsync();
    }

    /// <summary>Registers <paramref name="user"/> at our registrar on 127.0.0.1:<paramref name="registrarPort"/>.</summary>
    public Task RegisterAsync(string user, string password, int registrarPort) =>
        CommandAsync($"register sip:{user}@127.0.0.1:{registrarPort} sip:127.0.0.1:{registrarPort} {password}");

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
            // DisposeAsync kills it.
        }
    }

    private static int FreeUdpPort()
    {
        using var udp = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)udp.Client.LocalEndPoint!).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
