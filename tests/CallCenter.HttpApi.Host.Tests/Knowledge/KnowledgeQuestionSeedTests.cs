using CallCenter.Seeding;
using CallCenter.Seeding.Knowledge;
using CallCenter.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CallCenter.Knowledge;

/// <summary>
/// The migrator on a demo database from before question phrasings: the seeded articles no editor has saved get the
/// seed's phrasings, an article an editor saved keeps its own (here: none), and a further run changes nothing.
/// </summary>
public sealed class KnowledgeQuestionSeedTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task Should_Give_An_Old_Demo_Database_The_Seed_Phrasings_Once_And_Leave_Edited_Articles_Alone()
    {
        var seed = KnowledgeCorpus.All.Single(a => a.Code == "KB-0001").Questions;
        await MigrateAsync();
        (await QuestionsAsync("KB-0001")).ShouldBe(seed);

        // What the previous version left: the column (added by the migration) empty everywhere; KB-0002 saved by an editor.
        await ExecuteAsync("""
            UPDATE knowledge_articles SET questions = '{}', last_modification_time = now() - interval '1 day';
            UPDATE knowledge_articles SET version = 2 WHERE code = 'KB-0002';
            """);

        await MigrateAsync();
        var modified = await ScalarAsync<DateTime>("SELECT last_modification_time FROM knowledge_articles WHERE code = 'KB-0001'");
        await MigrateAsync();

        (await QuestionsAsync("KB-0001")).ShouldBe(seed);
        (await QuestionsAsync("KB-0002")).ShouldBeEmpty("an editor's save is the editor's list");
        (await ScalarAsync<long>("SELECT count(*) FROM knowledge_articles WHERE version = 1 AND status = 'Published' AND cardinality(questions) = 0 AND code LIKE 'KB-0%'"))
            .ShouldBe(0);
        modified.ShouldBeGreaterThan(DateTime.UtcNow.AddHours(-1), "the host sees a newer modification time and re-indexes");
        (await ScalarAsync<DateTime>("SELECT last_modification_time FROM knowledge_articles WHERE code = 'KB-0001'")).ShouldBe(modified, "a second run changes nothing");
    }

    private async Task<string[]> QuestionsAsync(string code) =>
        await ScalarAsync<string[]>($"SELECT questions FROM knowledge_articles WHERE code = '{code}'");

    private async Task MigrateAsync()
    {
        await using var services = new ServiceCollection().AddCallCenterMigrator(_database.ConnectionString).BuildServiceProvider();
        using var scope = services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(0, demoData: true);
    }

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
