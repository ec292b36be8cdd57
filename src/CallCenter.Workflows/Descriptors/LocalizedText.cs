namespace CallCenter.Workflows.Descriptors;

/// <summary>Text in the two shipped cultures; the designer picks by its current culture.</summary>
public sealed record LocalizedText(string ZhHans, string En)
{
    public string For(string culture) => culture.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? ZhHans : En;
}
