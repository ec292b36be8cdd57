namespace CallCenter.Customers;

/// <summary>Why a household needs extra care: shown in red on the screen pop, raises a repair's urgency.</summary>
[Flags]
public enum CareFlags
{
    None = 0,
    /// <summary>独居老人</summary>
    ElderlyLivingAlone = 1,
    /// <summary>残障人士</summary>
    Disabled = 2,
    /// <summary>婴幼儿</summary>
    Infant = 4,
    /// <summary>慢性病/重病</summary>
    SeriouslyIll = 8,
    /// <summary>低保户</summary>
    LowIncome = 16,
    /// <summary>多次投诉 — handle with a senior agent.</summary>
    RepeatComplainant = 32,
}
