using System.Text.RegularExpressions;

namespace CallCenter.Telephony.Tests.Support;

public sealed partial record SippResult(int ExitCode, string Stdout, string Stderr, string Messages, string Errors, string Arguments)
{
    /// <summary>How many messages sipp logged as received whose first line starts with <paramref name="startLine"/>.</summary>
    public int Received(string startLine) => ReceivedBlock().Matches(Messages).Count(m => m.Groups[1].Value.StartsWith(startLine, StringComparison.Ordinal));

    public string Describe() => $"sipp {Arguments}\nexit {ExitCode}\nerrors:\n{Errors}\nstderr:\n{Stderr}\nmessages:\n{Messages}";

    // sipp's -trace_msg lines: "----- UDP message received [n] bytes :" followed by an empty line and the message.
    [GeneratedRegex(@"message received \[\d+\] bytes :\s*\n\s*\n?([^\r\n]+)")]
    private static partial Regex ReceivedBlock();
}
