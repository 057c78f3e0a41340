using System.Text.Json.Nodes;
using PetitionBot.Testing;

namespace PetitionBot.Channels.Tests.BotFramework.Teams;

/// <summary>manifests/manifest.json against the official Teams v1.22 schema, and the schema check's own teeth.</summary>
public sealed class TeamsManifestTests
{
    private static JsonObject CommittedManifest() =>
        JsonNode.Parse(File.ReadAllText(RepositoryRoot.Combine("manifests", "manifest.json")))!.AsObject();

    [Fact]
    public void The_committed_manifest_conforms_to_the_v1_22_schema()
    {
        var manifest = CommittedManifest();

        Assert.Equal("1.22", (string?)manifest["manifestVersion"]);
        Assert.Empty(TeamsManifestSchema.Check(manifest));
    }

    public static TheoryData<string, string> BrokenManifests => new()
    {
        { "an unknown field", """{ "botEndpoint": "https://bot.example.org/api/messages" }""" },
        { "another manifest version", """{ "manifestVersion": "1.21" }""" },
        { "an app id that is no GUID", """{ "id": "petitionbot" }""" },
        { "an accent colour that is no HTML colour", """{ "accentColor": "red" }""" },
        { "a short name over 30 characters", """{ "name": { "short": "信访工作助手信访工作助手信访工作助手信访工作助手信访工作助手信访工作助手" } }""" },
        { "a bot scope Teams does not know", """{ "bots": [ { "botId": "00000000-0000-0000-0000-000000000000", "scopes": ["everyone"] } ] }""" },
    };

    [Theory]
    [MemberData(nameof(BrokenManifests))]
    public void A_manifest_with_a_bad_field_is_refused(string what, string change)
    {
        var manifest = CommittedManifest();
        foreach (var (key, value) in JsonNode.Parse(change)!.AsObject())
            manifest[key] = value?.DeepClone();

        Assert.True(TeamsManifestSchema.Check(manifest).Count > 0, $"The schema accepted {what}.");
    }

    [Fact]
    public void A_manifest_missing_a_required_field_is_refused()
    {
        var manifest = CommittedManifest();
        manifest.Remove("icons");

        Assert.Contains(TeamsManifestSchema.Check(manifest), complaint => complaint.Contains("icons", StringComparison.Ordinal));
    }
}
