namespace CallCenter.Knowledge;

public static class KnowledgeConsts
{
    public const int MaxCodeLength = 32;
    public const int MaxTitleLength = 200;
    public const int MaxStandardAnswerLength = 2000;
    public const int MaxBodyLength = 100_000;
    public const int MaxKeywords = 20;
    public const int MaxKeywordLength = 40;
    /// <summary>Question phrasings per article: enough for the ways callers ask, few enough to stay reviewed.</summary>
    public const int MaxQuestions = 30;
    public const int MaxQuestionLength = 100;
    public const int MaxCategoryNameLength = 64;
    public const int MaxCategoryCodeLength = 64;
    public const int MaxSynonymTermLength = 40;
    public const int MaxSynonymGroups = 2000;
    public const int MaxQueryLength = 200;
    public const int MaxFeedbackCommentLength = 500;
    /// <summary>An article image: a screenshot or a photo of a valve, not a camera original.</summary>
    public const long MaxImageBytes = 5 * 1024 * 1024;
}
