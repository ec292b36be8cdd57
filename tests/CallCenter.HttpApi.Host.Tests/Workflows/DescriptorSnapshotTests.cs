using System.Text.Json;
using System.Text.Json.Nodes;

namespace CallCenter.Workflows;

/// <summary>
/// The web app's vitest opens every workflows/*.json against a checked-in copy of the host's activity descriptors
/// (src/CallCenter.Web/src/workflows/descriptors.snapshot.json). This test keeps that copy equal to what the host
/// serves, so a new activity type cannot slip past the designer's test. After adding or changing an activity run
///   UPDATE_DESCRIPTOR_SNAPSHOT=1 dotnet test tests/CallCenter.HttpApi.Host.Tests --filter DescriptorSnapshot
/// and commit the rewritten file.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class DescriptorSnapshotTests(CallCenterApiFactory factory) : IClassFixture<CallCenterApiFactory>
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public async Task Should_Match_The_Descriptor_Snapshot_The_Designer_Tests_Read()
    {
        var analyst = await factory.ClientForAsync("analyst");
        var live = await (await analyst.GetAsync("/api/workflows/descriptors")).ShouldSucceedWith<JsonArray>();
        var text = live.ToJsonString(Indented) + "\n";
        var path = SnapshotPath();

        if (Environment.GetEnvironmentVariable("UPDATE_DESCRIPTOR_SNAPSHOT") == "1") await File.WriteAllTextAsync(path, text);

        File.Exists(path).ShouldBeTrue($"{path} is missing; run with UPDATE_DESCRIPTOR_SNAPSHOT=1 to write it");
        var stored = JsonNode.Parse(await File.ReadAllTextAsync(path))!;
        JsonNode.DeepEquals(stored, live).ShouldBeTrue(
            "The host's activity descriptors differ from src/CallCenter.Web/src/workflows/descriptors.snapshot.json. Run " +
            "UPDATE_DESCRIPTOR_SNAPSHOT=1 dotnet test tests/CallCenter.HttpApi.Host.Tests --filter DescriptorSnapshot and commit the file.");
    }

    private static string SnapshotPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CallCenter.sln")))
                return Path.Combine(dir.FullName, "src", "CallCenter.Web", "src", "workflows", "descriptors.snapshot.json");
        throw new InvalidOperationException("Repository root not found.");
    }
}
