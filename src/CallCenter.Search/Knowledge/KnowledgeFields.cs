namespace CallCenter.Knowledge;

/// <summary>Field names of a knowledge document in the Lucene index.</summary>
internal static class KnowledgeFields
{
    public const string Id = "id";
    public const string Code = "code";
    public const string Title = "title";
    public const string Keywords = "keywords";
    public const string Answer = "answer";
    public const string Body = "body";
    /// <summary>Single characters of title, keywords and answer: a low-weight net that still catches a query with a typo in every bigram.</summary>
    public const string Unigrams = "uni";
    public const string Category = "cat";
    public const string LeafCategory = "cat_leaf";
    public const string Status = "status";
    public const string Audience = "audience";
    public const string Modified = "modified";
    public const string Feedback = "feedback";
}
