namespace CallCenter.Workflows.Execution;

/// <summary>What an activity asks the interpreter to do next.</summary>
public sealed class ActivityResult
{
    private static readonly ActivityResult DoneResult = new(ActivityResultKind.Completed, ["Done"], []);
    private static readonly ActivityResult WaitingResult = new(ActivityResultKind.Waiting, [], []);
    private static readonly ActivityResult EndResult = new(ActivityResultKind.EndWorkflow, [], []);

    private ActivityResult(ActivityResultKind kind, IReadOnlyList<string> outcomes, IReadOnlyList<BookmarkRequest> bookmarks)
    {
        Kind = kind;
        Outcomes = outcomes;
        Bookmarks = bookmarks;
    }

    public ActivityResultKind Kind { get; }
    public IReadOnlyList<string> Outcomes { get; }
    public IReadOnlyList<BookmarkRequest> Bookmarks { get; }

    public static ActivityResult Done() => DoneResult;

    public static ActivityResult Outcome(params string[] outcomes) => new(ActivityResultKind.Completed, outcomes, []);

    public static ActivityResult Suspend(params BookmarkRequest[] bookmarks) => new(ActivityResultKind.Suspended, [], bookmarks);

    public static ActivityResult Waiting() => WaitingResult;

    public static ActivityResult End() => EndResult;
}
