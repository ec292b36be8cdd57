namespace CallCenter.Knowledge;

/// <summary>
/// "Was this helpful" as a ranking signal: the text score times a factor between 0.85 and 1.15 from the article's
/// net feedback (stored per document as doc values, in per-mille). Bounded, so feedback reorders close
/// candidates but never lifts an unrelated article over a matching one. Applied by <see cref="KnowledgeTopHits"/>.
/// </summary>
internal static class FeedbackBoost
{
    public const long Neutral = 1000;

    /// <summary>The factor for helpful/not-helpful counts, in per-mille; a handful of votes moves it little.</summary>
    public static long Factor(int helpful, int notHelpful) =>
        Neutral + (long)Math.Round(150.0 * (helpful - notHelpful) / (helpful + notHelpful + 5));
}
