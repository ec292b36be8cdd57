using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Text.Json;

namespace CallCenter.Localization;

/// <summary>
/// The product's texts from the embedded JSON files (zh-Hans default, en). Server-side messages — errors,
/// permission names — go through here so the API answers in the caller's language. Each culture is the union of
/// <c>{culture}.json</c> and any per-feature <c>{Feature}.{culture}.json</c> beside it, so features add texts
/// without editing one shared file.
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
        var assembly = Assembly.GetExecutingAssembly();
        var names = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("CallCenter.Localization.", StringComparison.Ordinal) && n.EndsWith($".{c}.json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (names.Count == 0) throw new InvalidOperationException($"Localization resource {c}.json is missing");
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            foreach (var (key, value) in JsonSerializer.Deserialize<Dictionary<string, string>>(stream) ?? [])
                if (!table.TryAdd(key, value))
                    throw new InvalidOperationException($"Localization key {key} is defined twice for {c} ({name})");
        }
        return table;
    });
}
