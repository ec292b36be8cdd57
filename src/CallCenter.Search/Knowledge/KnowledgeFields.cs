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
    /// <summary>Editor-written question phrasings (常见问法): how callers ask what the article answers.</summary>
    public const string Questions = "questions";
    /// <summary>
    /// Whole words (SmartCn) of title, keywords, answer and question phrasings — not the body, whose boilerplate tip
    /// ("漏水、爆管属紧急情况") would make a word common that only some articles are about.
    /// </summary>
    public const string Words = "words";
    /// <summary>Single characters of title, keywords and answer: a low-weight net that still catches a query with a typo in every bigram.</summary>
    public const string Unigrams = "uni";
    public const string Category = "cat";
    public const string LeafCategory = "cat_leaf";
    public const string Status = "status";
    public const string Audience = "audience";
    public const string Modified = "modified";
    public const string Feedback = "feedback";
}
