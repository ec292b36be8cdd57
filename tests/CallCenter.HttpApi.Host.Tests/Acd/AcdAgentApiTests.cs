using CallCenter.Errors;
using CallCenter.Telephony.Registration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CallCenter.Acd;

[Collection(ApiCollection.Name)]
public sealed class AcdAgentApiTests(CallCenterApiFactory factory) : IClassFixture<CallCenterApiFactory>
{
    [Fact]
    public async Task Should_Return_The_Sip_Password_Once_And_Store_Only_Its_Ha1s()
    {
        var admin = await factory.ClientForAsync("admin");
        var userId = await AcdTestData.UserIdAsync(admin, "revisit");
        await (await admin.PutAsJsonAsync($"/api/acd/agents/{userId}",
            new UpdateAcdAgentDto { Extension = "8123", Skills = [new AgentSkillDto("回访", 6)] }, Json.Options)).ShouldSucceedWith<AcdAgentDto>();

        var response = await admin.PostAsync($"/api/acd/agents/{userId}/sip-password", null);
        response.Headers.CacheControl?.NoStore.ShouldBeTrue();
        var secret = await response.ShouldSucceedWith<SipPasswordDto>();
        secret.Extension.ShouldBe("8123");
        secret.Realm.ShouldBe("callcenter");
        secret.Password.Length.ShouldBeGreaterThanOrEqualTo(16);

        (await TextColumnsContainingAsync(secret.Password)).ShouldBeEmpty("the password itself must not be stored anywhere");
        var profile = await (await admin.GetAsync($"/api/acd/agents/{userId}")).ShouldSucceedWith<AcdAgentDto>();
        profile.HasSipPassword.ShouldBeTrue();
        (await (await admin.GetAsync($"/api/acd/agents/{userId}")).Content.ReadAsStringAsync()).ShouldNotContain(secret.Password);

        // The registrar's digest computation accepts what the reader hands it.
        var account = await factory.Services.GetRequiredService<ISipAccountReader>().FindAsync("8123");
        account.ShouldNotBeNull();
        account.UserId.ShouldBe(userId);
        account.Md5Ha1.ShouldBe(DigestHash.Ha1(DigestAlgorithm.Md5, "8123", "callcenter", secret.Password));
        account.Sha256Ha1.ShouldBe(DigestHash.Ha1(DigestAlgorithm.Sha256, "8123", "callcenter", secret.Password));
        // The scan finds what is stored: the same search does see the HA1.
        (await TextColumnsContainingAsync(account.Md5Ha1!)).ShouldBe(["public.acd_agents.sip_md5ha1"]);

        // A second reset makes the first password useless.
        var again = await (await admin.PostAsync($"/api/acd/agents/{userId}/sip-password", null)).ShouldSucceedWith<SipPasswordDto>();
        again.Password.ShouldNotBe(secret.Password);
        (await factory.Services.GetRequiredService<ISipAccountReader>().FindAsync("8123"))!.Md5Ha1
            .ShouldBe(DigestHash.Ha1(DigestAlgorithm.Md5, "8123", "callcenter", again.Password));
    }

    [Fact]
    public async Task Should_Find_The_Seeded_Demo_Agents_By_Extension_With_Their_Demo_Password()
    {
        var reader = factory.Services.GetRequiredService<ISipAccountReader>();
        foreach (var extension in new[] { "8001", "8002", "8003", "8004" })
        {
            var account = await reader.FindAsync(extension);
            account.ShouldNotBeNull(extension);
            account.Md5Ha1.ShouldBe(DigestHash.Ha1(DigestAlgorithm.Md5, extension, "callcenter", "Agent#" + extension));
        }
        (await reader.FindAsync("9999")).ShouldBeNull();
        (await reader.FindAsync("")).ShouldBeNull();
    }

    [Fact]
    public async Task Should_Refuse_A_Bad_Or_Taken_Extension_And_Bad_Skills_Naming_The_Field()
    {
        var admin = await factory.ClientForAsync("admin", "en");
        var userId = await AcdTestData.UserIdAsync(admin, "analyst");
        async Task<Dictionary<string, string[]>> Put(UpdateAcdAgentDto input, HttpStatusCode status, string code) =>
            await (await admin.PutAsJsonAsync($"/api/acd/agents/{userId}", input, Json.Options)).ShouldBeProblem(status, code);

        (await Put(new() { Extension = "12" }, HttpStatusCode.BadRequest, AcdErrorCodes.ExtensionInvalid)).ShouldContainKey("extension");
        (await Put(new() { Extension = "80a1" }, HttpStatusCode.BadRequest, AcdErrorCodes.ExtensionInvalid)).ShouldContainKey("extension");
        (await Put(new() { Extension = "123456789" }, HttpStatusCode.BadRequest, AcdErrorCodes.ExtensionInvalid)).ShouldContainKey("extension");
        (await Put(new() { Extension = "8001" }, HttpStatusCode.Conflict, AcdErrorCodes.ExtensionTaken))["extension"][0].ShouldContain("8001");
        (await Put(new() { Extension = "8201", Skills = [new("报修", 11)] }, HttpStatusCode.BadRequest, AcdErrorCodes.SkillLevelOutOfRange))
            .ShouldContainKey("skills[0].level");
        (await Put(new() { Extension = "8201", Skills = [new("报修", 3), new("报修", 4)] }, HttpStatusCode.BadRequest, AcdErrorCodes.SkillInvalid))
            .ShouldContainKey("skills[1].skill");
        (await (await admin.GetAsync($"/api/acd/agents/{userId}")).ShouldSucceedWith<AcdAgentDto>()).Extension.ShouldBeNull("nothing was stored");

        await (await admin.PostAsync($"/api/acd/agents/{userId}/sip-password", null)).ShouldBeProblem(HttpStatusCode.Conflict, AcdErrorCodes.NotAnAgent);
        await (await admin.GetAsync($"/api/acd/agents/{Guid.NewGuid()}")).ShouldBeProblem(HttpStatusCode.NotFound, CallCenterErrorCodes.NotFound);
    }

    [Fact]
    public async Task Should_Drop_The_Sip_Password_When_The_Extension_Changes()
    {
        var admin = await factory.ClientForAsync("admin");
        var userId = await AcdTestData.UserIdAsync(admin, "editor");
        await (await admin.PutAsJsonAsync($"/api/acd/agents/{userId}", new UpdateAcdAgentDto { Extension = "8301" }, Json.Options)).ShouldSucceedWith<AcdAgentDto>();
        await (await admin.PostAsync($"/api/acd/agents/{userId}/sip-password", null)).ShouldSucceedWith<SipPasswordDto>();

        var moved = await (await admin.PutAsJsonAsync($"/api/acd/agents/{userId}", new UpdateAcdAgentDto { Extension = "8302" }, Json.Options))
            .ShouldSucceedWith<AcdAgentDto>();

        moved.HasSipPassword.ShouldBeFalse("the HA1s covered the old extension");
        (await factory.Services.GetRequiredService<ISipAccountReader>().FindAsync("8301")).ShouldBeNull();
        (await factory.Services.GetRequiredService<ISipAccountReader>().FindAsync("8302")).ShouldBeNull();
    }

    [Fact]
    public async Task Should_Load_The_Directory_With_Seeded_Queues_Agents_And_Default_Reasons()
    {
        var directory = await factory.Services.GetRequiredService<IAcdDirectoryReader>().LoadAsync();

        new[] { "报修组", "投诉组", "综合组" }.ShouldBeSubsetOf(directory.Queues.Select(q => q.Name));
        var complaints = directory.Queues.Single(q => q.Name == "投诉组");
        complaints.Strategy.ShouldBe(RoutingStrategy.SkillTopDown);
        complaints.Tiers.ShouldNotBeEmpty();
        complaints.OverflowKind.ShouldBe(QueueOverflowKind.Queue);
        complaints.OverflowTarget.ShouldBe(directory.Queues.Single(q => q.Name == "综合组").Id.ToString());
        directory.Queues.Single(q => q.Name == "报修组").Strategy.ShouldBe(RoutingStrategy.LongestIdle);
        directory.Queues.Single(q => q.Name == "综合组").Strategy.ShouldBe(RoutingStrategy.RoundRobinMemory);
        var zhang = directory.Agents.Single(a => a.Extension == "8001");
        zhang.DisplayName.ShouldBe("张话务");
        zhang.Skills["报修"].ShouldBe(8);
        zhang.Skills["综合"].ShouldBe(5);
        new[] { "8001", "8002", "8003", "8004" }.ShouldBeSubsetOf(directory.Agents.Select(a => a.Extension));
        directory.MissesBeforeNotReady.ShouldBe(3);
    }

    /// <summary>Every text-like column (text, varchar, jsonb, arrays of them) of every table that holds <paramref name="value"/>.</summary>
    private async Task<List<string>> TextColumnsContainingAsync(string value)
    {
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        var columns = new List<(string Schema, string Table, string Column)>();
        await using (var list = new NpgsqlCommand("""
            SELECT c.table_schema, c.table_name, c.column_name FROM information_schema.columns c
            JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
            WHERE c.table_schema NOT IN ('pg_catalog', 'information_schema')
              AND (c.data_type IN ('text', 'character varying', 'character', 'jsonb', 'json') OR c.udt_name IN ('_text', '_varchar'))
            """, connection))
        await using (var reader = await list.ExecuteReaderAsync())
            while (await reader.ReadAsync()) columns.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        columns.Count.ShouldBeGreaterThan(50, "the scan must cover the whole schema");
        var hits = new List<string>();
        foreach (var (schema, table, column) in columns)
        {
            await using var probe = new NpgsqlCommand(
                $"SELECT EXISTS (SELECT 1 FROM \"{schema}\".\"{table}\" WHERE strpos(\"{column}\"::text, $1) > 0)", connection);
            probe.Parameters.Add(new NpgsqlParameter<string> { TypedValue = value });
            if ((bool)(await probe.ExecuteScalarAsync())!) hits.Add($"{schema}.{table}.{column}");
        }
        return hits;
    }
}
