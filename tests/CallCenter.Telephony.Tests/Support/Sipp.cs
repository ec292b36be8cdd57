using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CallCenter.Telephony.Tests.Support;

/// <summary>Runs the real sipp binary as a child process. A missing sipp fails the test; it never skips.</summary>
public static class Sipp
{
    public const string InstallHint = "sipp is not installed: run scripts/telephony-peers.sh (installs sip-tester, baresip, espeak-ng, sox, tshark)";

    public static string ScenarioDirectory => Path.Combine(AppContext.BaseDirectory, "Sipp", "Scenarios");

    public static string Executable(string? searchPath = null)
    {
        foreach (var dir in (searchPath ?? Environment.GetEnvironmentVariable("PATH") ?? "").Split(':'))
        {
            var candidate = Path.Combine(dir, "sipp");
            if (File.Exists(candidate)) return candidate;
        }
        throw new InvalidOperationException(InstallHint);
    }

    /// <summary>
    /// Runs one sipp call against <paramref name="target"/>. The scenario is a built-in name (-sn) or a file in
    /// Scenarios/ (-sf). Messages sipp sent and received are logged to a file in the returned working directory.
    /// </summary>
    public static async Task<SippResult> RunAsync(IPEndPoint target, string scenario, string? workDir = null, string extraArgs = "", int timeoutSeconds = 40)
    {
        var exe = Executable();
        workDir ??= Directory.CreateTempSubdirectory("sipp-").FullName;
        var messageLog = Path.Combine(workDir, "messages.log");
        var errorLog = Path.Combine(workDir, "errors.log");
        var scenarioArg = scenario.EndsWith(".xml", StringComparison.Ordinal) ? $"-sf \"{Path.Combine(ScenarioDirectory, scenario)}\"" : $"-sn {scenario}";
        var args = $"{target.Address}:{target.Port} {scenarioArg} -s 95598 -m 1 -i 127.0.0.1 -p {FreeUdpPort()} -mp {FreeUdpPort(even: true)} " +
                   $"-timeout {timeoutSeconds}s -timeout_error -nostdin -trace_msg -message_file \"{messageLog}\" -trace_err -error_file \"{errorLog}\" {extraArgs}";
        var start = new ProcessStartInfo(exe, args)
        {
            WorkingDirectory = workDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start sipp");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var kill = new CancellationTokenSource(TimeSpan.FromSeconds(timeoutSeconds + 20));
        try
        {
            await process.WaitForExitAsync(kill.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        return new SippResult(
            process.ExitCode, await stdout, await stderr,
            File.Exists(messageLog) ? await File.ReadAllTextAsync(messageLog) : "",
            File.Exists(errorLog) ? await File.ReadAllTextAsync(errorLog) : "",
            args);
    }

    /// <summary>A free UDP port on loopback (even for RTP); the tiny race with other processes is acceptable in tests.</summary>
    public static int FreeUdpPort(bool even = false)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
            socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
            var port = ((IPEndPoint)socket.LocalEndPoint!).Port;
            if (!even || (port % 2 == 0 && port < 65000 && IsFree(port + 1) && IsFree(port + 2) && IsFree(port + 3))) return port;
        }
        throw new InvalidOperationException("no free UDP port");
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
}
