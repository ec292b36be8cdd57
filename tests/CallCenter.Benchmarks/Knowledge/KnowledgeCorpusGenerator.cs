using CallCenter.Knowledge;
using CallCenter.Knowledge.Indexing;
using CallCenter.Seeding;
using CallCenter.Seeding.Knowledge;

namespace CallCenter.Benchmarks.Knowledge;

/// <summary>
/// A large knowledge base grown from the seeded one: each generated article is a seeded article re-written for one
/// community (title, answer and body mention it) with its paragraphs in another order, so the vocabulary is real
/// and no two articles are identical. Nine in ten are published. Deterministic for a given count.
/// </summary>
public static class KnowledgeCorpusGenerator
{
    public static IEnumerable<KnowledgeIndexDocument> Generate(int count)
    {
        var random = new Random(42);
        var seeds = KnowledgeCorpus.All.Select(s => (Seed: s, Text: KnowledgeMarkdownRenderer.ToPlainText(s.BodyMarkdown))).ToArray();
        var communities = DemoStations.All.SelectMany(s => s.Communities.Select(c => (Community: c, s.District, Station: s.Name))).ToArray();
        var categories = KnowledgeSeedCategories.All.Select(_ => Guid.CreateVersion7()).ToArray();
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < count; i++)
        {
            var (seed, text) = seeds[i % seeds.Length];
            var (community, district, station) = communities[random.Next(communities.Length)];
            var paragraphs = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).OrderBy(_ => random.Next()).ToArray();
            yield return new KnowledgeIndexDocument(
                Guid.CreateVersion7(), $"GEN-{i:D6}", $"{seed.Title}（{district}{community}）", [.. seed.Keywords, community],
                $"{community}用户：{seed.StandardAnswer}",
                $"{district}{community}由{station}供热。\n" + string.Join("\n", paragraphs), seed.Questions,
                [categories[random.Next(categories.Length)]],
                random.Next(10) == 0 ? ArticleStatus.Draft : ArticleStatus.Published,
                random.Next(4) == 0 ? ArticleAudience.Internal : ArticleAudience.Public,
                random.Next(20), random.Next(5), start.AddMinutes(i));
        }
    }
}
