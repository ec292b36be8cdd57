namespace CallCenter.Knowledge;

/// <summary>Only Published articles reach agents; drafts and archived ones are for editors.</summary>
public enum ArticleStatus
{
    Draft = 0,
    Published = 1,
    Archived = 2,
}
