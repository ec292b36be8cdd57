namespace CallCenter.Voice.Sessions;

/// <summary>
/// How a call operation (prompt played, digits collected, message recorded, transfer answered) meets the workflow:
/// the activity suspends on a bookmark named <see cref="BookmarkName"/> keyed by a fresh wait id, and the call
/// session raises that event when the operation ends. The engine's inbox holds an event that wins the race with
/// the bookmark's commit, so nothing is lost and each wait is resumed exactly once.
/// </summary>
public static class VoiceWait
{
    public const string BookmarkName = "VoiceCall";

    public static string NewId() => Guid.CreateVersion7().ToString("N");
}
