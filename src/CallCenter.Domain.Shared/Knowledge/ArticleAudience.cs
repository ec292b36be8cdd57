namespace CallCenter.Knowledge;

/// <summary>Internal: for staff only (procedures, escalation). Public: may be read out or sent to the caller as is.</summary>
public enum ArticleAudience
{
    Internal = 0,
    Public = 1,
}
