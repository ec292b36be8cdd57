namespace CallCenter.Workflows.Expressions;

/// <summary>The sandbox limits of one script evaluation; a script past any of them faults its activity.</summary>
public sealed class JavaScriptOptions
{
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(2);
    public int MaxStatements { get; set; } = 50_000;
    public long MemoryLimitBytes { get; set; } = 32 * 1024 * 1024;
    public int RecursionLimit { get; set; } = 200;
    public int CachedScripts { get; set; } = 4_096;
}
