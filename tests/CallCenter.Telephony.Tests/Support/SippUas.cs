using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CallCenter.Telephony.Tests.Support;

/// <summary>
/// A sipp UAS (a transfer target) on a chosen loopback port, running one scenario from Sipp/Scenarios (or a path)
/// for one call. <see cref="StartAsync"/> returns once sipp listens, so the INVITE that follows cannot race its start.
/// </summary>
public sealed class SippUas : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Task<string> _stdout;
    private readonly Task<string> _stderr;
    private readonly string _messageLog;
    private readonly string _errorLog;

    private SippUas(Process process, string workDir, int port, string arguments)
    {
        _process = process;
        WorkDir = workDir;
        Port = port;
        Arguments = arguments;
        _messageLog = Path.Combine(workDir, "messages.log");
        _errorLog = Path.Combine(workDir, "errors.log");
        _stdout = process.StandardOutput.ReadToEndAsync();
        _stderr = process.StandardError.ReadToEndAsync();
    }

    public string WorkDir { get; }

    public int Port { get; }

    public string Arguments { get; }

    public IPEndPoint Address => new(IPAddress.Loopback, Port);

    public static async Task<SippUas> StartAsync(string scenario, int? port = null, int timeoutSeconds = 60)
    {
        var exe = Sipp.Executable();
        var workDir = Directory.CreateTempSubdirectory("sipp-uas-").FullName;
        // play_pcap_audio takes paths relative to the working directory.
        File.CreateSymbolicLink(Path.Combine(workDir, "pcap"), "/usr/share/sip-tester");
        var file = Path.IsPathRooted(scenario) ? scenario : Path.Combine(Sipp.ScenarioDirectory, scenario);
        var sipPort = port ?? Sipp.FreeUdpPort();
        var args = $"-sf \"{file}\" -m 1 -i 127.0.0.1 -p {sipPort} -mp {Sipp.FreeUdpPort(even: true)} -timeout {timeoutSeconds}s -timeout_error " +
                   $"-nostdin -trace_msg -message_file \"{Path.Combine(workDir, "messages.log")}\" -trace_err -error_file \"{Path.Combine(workDir, "errors.log")}\"";
        var process = Process.Start(new ProcessStartInfo(exe, args)
        {
            WorkingDirectory = workDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        }) ?? throw new InvalidOperationException("could not start sipp");
        var uas = new SippUas(process, workDir, sipPort, args);
        for (var i = 0; i < 100 && IsFree(sipPort) && !process.HasExited; i++) await Task.Delay(50);
        if (process.HasExited) throw new InvalidOperationException("sipp UAS exited at start:\n" + (await uas.WaitAsync()).Describe());
        return uas;
    }

    /// <summary>Waits for sipp to finish its one call (bounded) and returns what it saw.</summary>
    public async Task<SippResult> WaitAsync(int seconds = 60)
    {
        using var kill = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        try
        {
            await _process.WaitForExitAsync(kill.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        return new SippResult(_process.ExitCode, await _stdout, await _stderr,
            File.Exists(_messageLog) ? await File.ReadAllTextAsync(_messageLog) : "",
            File.Exists(_errorLog) ? await File.ReadAllTextAsync(_errorLog) : "", Arguments);
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
            socket.Bind(new IPEndPoint(IPAddress.Loopback, port));
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
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
