using System.Globalization;
using System.Xml;

namespace CallCenter.Workflows.Execution;

/// <summary>Reads the duration spellings analysts type: "00:05:00", "PT5M", "5m", "4h", "2d", "30s", "500ms".</summary>
public static class DurationParser
{
    public static TimeSpan? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        text = text.Trim();
        if (text.StartsWith('P')) return XmlConvert.ToTimeSpan(text);
        if (TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var span)) return span;
        var unitStart = 0;
        while (unitStart < text.Length && (char.IsDigit(text[unitStart]) || text[unitStart] == '.')) unitStart++;
        if (unitStart == 0 || !double.TryParse(text[..unitStart], NumberStyles.Float, CultureInfo.InvariantCulture, out var n))
            throw new FormatException($"'{text}' is not a duration.");
        return text[unitStart..].Trim().ToLowerInvariant() switch
        {
            "ms" => TimeSpan.FromMilliseconds(n),
            "s" or "" => TimeSpan.FromSeconds(n),
            "m" or "min" => TimeSpan.FromMinutes(n),
            "h" => TimeSpan.FromHours(n),
            "d" => TimeSpan.FromDays(n),
            var unit => throw new FormatException($"'{unit}' is not a duration unit."),
        };
    }
}
