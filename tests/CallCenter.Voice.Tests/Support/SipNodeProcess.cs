using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CallCenter.Voice.Tests.Support;

/// <summary>
/// The stand-alone CallCenter.SipNode as a real child process (built by the solution build in the same configuration
/// as these tests), on the fixture's database, so a test can kill it the hard way (SIGKILL, no graceful shutdown).
/// </summary>
public sealed class SipNodeProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private SipNodeProcess(Process process, int sipPort)
    {
        _process = process;
        SipPort = sipPort;
        process.OutputDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int SipPort { get; }

    public IPEndPoint SipAddress => new(IPAddress.Loopback, SipPort);

    /// <summary>The process's HTTP address (the Host's API and hubs; the SipNode's /health).</summary>
    public Uri HttpBase { get; private init; } = null!;

    public string Output { get { lock (_output) return _output.ToString(); } }

    public static string DllPath() => DllPath("CallCenter.SipNode");

    /// <summary>The whole Host (web API, desk hub and SIP node), for a test that kills it with agents logged in over the hub.</summary>
    public static string HostDllPath() => DllPath("CallCenter.HttpApi.Host");

    private static string DllPath(string project)
    {
        // tests/CallCenter.Voice.Tests/bin/<Configuration>/net10.0/ → src/CallCenter.SipNode/bin/<Configuration>/net10.0/
        var testBin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = testBin.Name;
        var configuration = testBin.Parent!.Name;
        for (var dir = testBin; dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "CallCenter.sln"))) continue;
            var dll = Path.Combine(dir.FullName, "src", project, "bin", configuration, framework, project + ".dll");
            if (File.Exists(dll)) return dll;
            throw new InvalidOperationException($"{dll} is missing: build the solution (test.sh does) or `dotnet build src/{project} -c {configuration}`");
        }
        throw new InvalidOperationException("Repository root not found.");
    }

    /// <summary>Starts the node and waits until /health answers and its output shows <paramref name="ready"/> (bounded).</summary>
    /// <remarks>
    /// The node elects itself ACD owner under a lock named after <paramref name="nodeId"/> (Voice:Acd:OwnerLock, ADR 0600
    /// D4): the fixture's own Host owns the default one on the same database. <paramref name="dll"/>: the SipNode's
    /// (default) or <see cref="HostDllPath"/>.
    /// </remarks>
    public static async Task<SipNodeProcess> StartAsync(string databaseConnectionString, string nodeId, int sipPort, string promptCache,
        string ready = "SIP node listening", string? dll = null)
    {
        dll ??= DllPath();
        var httpPort = FreeTcpPort();
        var start = new ProcessStartInfo("dotnet", $"\"{dll}\"")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["CALLCENTER_DB"] = databaseConnectionString;
        start.Environment["Urls"] = $"http://127.0.0.1:{httpPort}";
        start.Environment["Voice__NodeId"] = nodeId;
        start.Environment["Workflows__NodeId"] = nodeId;
        // A node killed mid-step leaves its instance leased: keep the wait for that lease short in tests.
        start.Environment["Workflows__LeaseDuration"] = "00:00:05";
        start.Environment["Voice__Sip__ListenAddress"] = "127.0.0.1";
        start.Environment["Voice__Sip__Port"] = sipPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["Voice__Sip__RtpPortMin"] = "0";
        start.Environment["Voice__Sip__RtpPortMax"] = "0";
        start.Environment["Voice__PromptCachePath"] = promptCache;
        start.Environment["Voice__SeedPrompts"] = "false";
        start.Environment["Voice__Acd__OwnerLock"] = "test-" + nodeId;
        // Only read by the Host: its token signing key and a knowledge index of its own beside the fixture's.
        start.Environment["Jwt__SigningKey"] = "test-signing-key-of-at-least-thirty-two-characters";
        start.Environment["Knowledge__IndexPath"] = Path.Combine(Path.GetTempPath(), "cc-node-knowledge-" + nodeId);
        var node = new SipNodeProcess(Process.Start(start) ?? throw new InvalidOperationException("could not start the SIP node"), sipPort)
        {
            HttpBase = new Uri($"http://127.0.0.1:{httpPort}"),
        };
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        for (var i = 0; i < 240; i++)
        {
            if (node._process.HasExited) throw new InvalidOperationException("the SIP node exited at start:\n" + node.Output);
            try
            {
                if ((await http.GetAsync($"http://127.0.0.1:{httpPort}{(Path.GetFileName(dll) == "CallCenter.SipNode.dll" ? "/health" : "/health/live")}")).IsSuccessStatusCode && node.Output.Contains(ready, StringComparison.Ordinal))
                    return node;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(250);
        }
        await node.DisposeAsync();
        throw new TimeoutException("the SIP node did not become healthy within 60 s:\n" + node.Output);
    }

    /// <summary>SIGKILL: no StopAsync, no BYE, no final call-record writes — what a crash leaves behind.</summary>
    public async Task KillAsync()
    {
        if (_process.HasExited) return;
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    private static int FreeTcpPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }
}
