using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Text.Json;

namespace CallCenter.Localization;

/// <summary>
/// The product's texts from the embedded JSON files (zh-Hans default, en). Server-side messages — errors,
/// permission names — go through here so the API answers in the caller's language.
/// </summary>
public static class L
{
    public const string DefaultCulture = "zh-Hans";
    public static readonly string[] SupportedCultures = ["zh-Hans", "en"];

    private static readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, string>> Tables = new();

    public static string Get(string key, CultureInfo? culture = null, params object[] args)
    {
        var name = CultureName(culture ?? CultureInfo.CurrentUICulture);
        var text = Table(name).GetValueOrDefault(key) ?? Table(DefaultCulture).GetValueOrDefault(key) ?? key;
        return args.Length == 0 ? text : string.Format(CultureInfo.InvariantCulture, text, args);
    }

    private static string CultureName(CultureInfo culture) =>
        culture.Name.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en" : DefaultCulture;

    private static IReadOnlyDictionary<string, string> Table(string culture) => Tables.GetOrAdd(culture, c =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"CallCenter.Localization.{c}.json")
            ?? throw new InvalidOperationException($"Localization resource {c}.json is missing");
        return JsonSerializer.Deserialize<Dictionary<string, string>>(stream) ?? [];
    });
}
