using System.Globalization;
using System.Reflection;
using System.Text.Json;

namespace CallCenter.Localization;

public class LocalizationTableTests
{
    private static Dictionary<string, HashSet<string>> KeysByCulture()
    {
        var assembly = typeof(L).Assembly;
        return L.SupportedCultures.ToDictionary(c => c, c => assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("CallCenter.Localization.", StringComparison.Ordinal) && n.EndsWith($".{c}.json", StringComparison.Ordinal))
            .SelectMany(n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                return JsonSerializer.Deserialize<Dictionary<string, string>>(stream)!.Keys;
            })
            .ToHashSet());
    }

    [Fact]
    public void Should_have_the_same_keys_in_every_culture()
    {
        var keys = KeysByCulture();
        keys["zh-Hans"].Except(keys["en"]).ShouldBeEmpty("keys missing in en");
        keys["en"].Except(keys["zh-Hans"]).ShouldBeEmpty("keys missing in zh-Hans");
    }

    [Fact]
    public void Should_embed_the_per_feature_files_in_the_main_assembly()
    {
        // Without WithCulture="false" MSBuild takes "X.en.json" for an English satellite resource, and the texts
        // silently vanish from the table (both cultures lose them, so the parity test above cannot notice).
        typeof(L).Assembly.GetManifestResourceNames().Count(n => n.EndsWith(".en.json", StringComparison.Ordinal)).ShouldBeGreaterThan(1);
        L.Get("Notification:Escalated:Body", new CultureInfo("en")).ShouldNotBe("Notification:Escalated:Body");
    }

    [Fact]
    public void Should_answer_in_the_requested_culture_and_fall_back_to_chinese()
    {
        var key = KeysByCulture()["zh-Hans"].First();
        L.Get(key, new CultureInfo("en-US")).ShouldNotBe(key);
        L.Get(key, new CultureInfo("fr-FR")).ShouldBe(L.Get(key, new CultureInfo("zh-Hans")));
        L.Get("No.Such.Key", new CultureInfo("en")).ShouldBe("No.Such.Key");
    }
}
