using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace CallCenter.Benchmarks.Workflows;

/// <summary>
/// Writes one benchmark's figures into the "## Workflow engine" section of docs/benchmarks.md, replacing that
/// benchmark's previous entry and leaving every other section alone.
/// </summary>
public static class WorkflowBenchmarkReport
{
    private const string Section = "## Workflow engine";

    public static string Machine()
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        var memory = File.Exists("/proc/meminfo")
            ? File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        // Other work on the machine depresses the figures; the load average says how much there was.
        var load = File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";
        return $"load average {load} (1/5/15 min) when recorded, {Environment.ProcessorCount} cores ({cpu ?? RuntimeInformation.ProcessArchitecture.ToString()}), " +
               $"{(memory is null ? "?" : FormatMemory(memory))} RAM, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}";
    }

    private static string FormatMemory(string memTotal)
    {
        var kb = long.Parse(memTotal.Split(' ')[0], CultureInfo.InvariantCulture);
        return (kb / 1024.0 / 1024.0).ToString("0.#", CultureInfo.InvariantCulture) + " GiB";
    }

    public static void Write(string benchmark, string body)
    {
        var path = Path.Combine(RepositoryRoot(), "docs", "benchmarks.md");
        var text = File.Exists(path) ? File.ReadAllText(path) : "# Benchmarks\n\nMeasured figures, each with the command, date and machine that produced it.\n";
        var entry = $"### {benchmark}\n\n{body.TrimEnd()}\n";
        var start = text.IndexOf(Section + "\n", StringComparison.Ordinal);
        if (start < 0)
        {
            text = text.TrimEnd() + "\n\n" + Section + "\n\n" + entry;
        }
        else
        {
            var bodyStart = start + Section.Length + 1;
            var next = text.IndexOf("\n## ", bodyStart, StringComparison.Ordinal);
            var sectionEnd = next < 0 ? text.Length : next + 1;
            var section = text[bodyStart..sectionEnd];
            var heading = $"### {benchmark}\n";
            var at = section.IndexOf(heading, StringComparison.Ordinal);
            if (at >= 0)
            {
                var after = section.IndexOf("\n### ", at + heading.Length, StringComparison.Ordinal);
                section = section[..at] + entry + (after < 0 ? "" : "\n" + section[(after + 1)..]);
            }
            else section = section.TrimEnd() + "\n\n" + entry;
            text = text[..bodyStart] + "\n" + section.Trim('\n') + "\n" + (next < 0 ? "" : "\n" + text[sectionEnd..]);
        }
        File.WriteAllText(path, text.TrimEnd() + "\n", new UTF8Encoding(false));
        Console.WriteLine($"recorded in {path}");
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CallCenter.sln"))) return dir.FullName;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CallCenter.sln"))) return dir.FullName;
        throw new InvalidOperationException("Run from inside the repository.");
    }
}
