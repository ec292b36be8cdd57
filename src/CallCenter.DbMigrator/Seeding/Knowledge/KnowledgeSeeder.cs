using CallCenter.EntityFrameworkCore;
using CallCenter.Identity;
using CallCenter.Knowledge;
using CallCenter.Permissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CallCenter.Seeding.Knowledge;

/// <summary>
/// Seeds the knowledge categories, the starting synonym table and the demo articles, each matched by its natural
/// key (category code, article code), so a second run adds nothing and overwrites no editor's change. The host
/// notices the new rows and rebuilds its index at start-up.
/// </summary>
public sealed class KnowledgeSeeder(CallCenterDbContext db, TimeProvider clock, ILogger logger)
{
    public async Task SeedAsync(CancellationToken ct = default)
    {
        await SeedGrantsOnceAsync(ct);
        var categories = await SeedCategoriesAsync(ct);
        if (!await db.KnowledgeSynonymGroups.AnyAsync(ct))
            db.KnowledgeSynonymGroups.AddRange(KnowledgeSeedCategories.Synonyms.Select(g => new KnowledgeSynonymGroup(g)));

        var existing = (await db.KnowledgeArticles.IgnoreQueryFilters().Select(a => a.Code).ToListAsync(ct)).ToHashSet();
        var now = clock.GetUtcNow();
        var added = 0;
        foreach (var seed in KnowledgeCorpus.All.Where(s => !existing.Contains(s.Code)))
        {
            var article = new KnowledgeArticle(seed.Code);
            db.KnowledgeArticleVersions.Add(article.Edit(seed.Title, seed.BodyMarkdown, KnowledgeMarkdownRenderer.ToSafeHtml(seed.BodyMarkdown),
                seed.StandardAnswer, seed.Keywords, seed.Questions, categories[seed.CategoryCode], seed.Audience, null, "seed", now));
            if (seed.Status == ArticleStatus.Published) article.Publish(now);
            else if (seed.Status == ArticleStatus.Archived) article.Archive();
            db.KnowledgeArticles.Add(article);
            added++;
        }
        var updated = await ApplyQuestionsAsync(existing, ct);
        await db.SaveChangesAsync(ct);
        if (added > 0) logger.LogInformation("Seeded {Added} knowledge articles", added);
        if (updated > 0) logger.LogInformation("Added question phrasings to {Updated} seeded knowledge articles", updated);
    }

    /// <summary>
    /// Question phrasings came after the first demo databases: articles seeded before them, and never saved by an
    /// editor since, get the seed's phrasings (the host sees the newer modification time and re-indexes). An
    /// article an editor has saved keeps the editor's list; a second run changes nothing.
    /// </summary>
    private async Task<int> ApplyQuestionsAsync(HashSet<string> existingCodes, CancellationToken ct)
    {
        var seeds = KnowledgeCorpus.All.Where(s => existingCodes.Contains(s.Code) && s.Questions.Count > 0).ToDictionary(s => s.Code);
        if (seeds.Count == 0) return 0;
        var codes = seeds.Keys.ToList();
        var articles = await db.KnowledgeArticles.Where(a => codes.Contains(a.Code) && a.Version == 1).ToListAsync(ct);
        return articles.Count(a => a.ApplySeedQuestions(seeds[a.Code].Questions));
    }

    private async Task<Dictionary<string, Guid>> SeedCategoriesAsync(CancellationToken ct)
    {
        var byCode = await db.KnowledgeCategories.ToDictionaryAsync(c => c.Code, c => c.Id, ct);
        var order = 0;
        foreach (var (code, name, parent) in KnowledgeSeedCategories.All)
        {
            order++;
            if (byCode.ContainsKey(code)) continue;
            var category = new KnowledgeCategory(code, name, parent is null ? null : byCode[parent], order);
            db.KnowledgeCategories.Add(category);
            byCode[code] = category.Id;
        }
        await db.SaveChangesAsync(ct);
        return byCode;
    }

    /// <summary>
    /// Roles seeded before the knowledge base existed have grants, so the general seeder leaves them alone; the
    /// knowledge grants are added once, while no role has any — after that, administrators own them.
    /// </summary>
    private async Task SeedGrantsOnceAsync(CancellationToken ct)
    {
        if (await db.PermissionGrants.AnyAsync(g => g.PermissionName.StartsWith(CallCenterPermissions.Knowledge.Default), ct)) return;
        foreach (var (role, grants) in DefaultRoleGrants.All)
            db.PermissionGrants.AddRange(grants.Where(p => p.StartsWith(CallCenterPermissions.Knowledge.Default, StringComparison.Ordinal))
                .Select(p => new PermissionGrant { RoleName = role, PermissionName = p }));
        await db.SaveChangesAsync(ct);
    }
}
