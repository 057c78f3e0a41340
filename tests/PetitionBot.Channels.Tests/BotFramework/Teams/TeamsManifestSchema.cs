using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace PetitionBot.Channels.Tests.BotFramework.Teams;

/// <summary>
/// The official Teams app manifest schema v1.22 (from the npm package @microsoft/app-manifest, fetched at build time by
/// TeamsManifestSchema.targets) and a check of a manifest against it.
/// </summary>
public static class TeamsManifestSchema
{
    private const string Draft04 = "http://json-schema.org/draft-04/schema#";

    public static readonly string FilePath = Path.Combine(AppContext.BaseDirectory, "Teams", "MicrosoftTeams.v1.22.schema.json");

    private static readonly Lazy<JsonSchema> Schema = new(Load);

    /// <summary>The schema's complaints about a manifest, one line each (where and what); empty when it conforms.</summary>
    public static IReadOnlyList<string> Check(JsonNode manifest)
    {
        using var document = JsonDocument.Parse(manifest.ToJsonString());
        var results = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
            return [];
        var complaints = (results.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))
            .Distinct()
            .ToList();
        return complaints.Count > 0 ? complaints : ["the manifest does not conform (no detail given)"];
    }

    private static JsonSchema Load()
    {
        if (!File.Exists(FilePath))
            throw new FileNotFoundException("The Teams manifest schema was not fetched at build time; see TeamsManifestSchema.targets.", FilePath);
        var schema = JsonNode.Parse(File.ReadAllText(FilePath))!.AsObject();
        // The file declares draft-04, which the validator does not implement; draft-07 reads every keyword this schema
        // uses the same way. The two differ only in the keywords refused here, so the substitution cannot hide a rule.
        if ((string?)schema["$schema"] != Draft04)
            throw new InvalidDataException($"Expected a draft-04 schema, found {schema["$schema"]}.");
        var text = schema.ToJsonString();
        foreach (var differing in new[] { "\"exclusiveMinimum\"", "\"exclusiveMaximum\"", "\"id\":\"" })
        {
            if (text.Contains(differing, StringComparison.Ordinal))
                throw new InvalidDataException($"The schema uses {differing}, which draft-04 and draft-07 read differently.");
        }
        schema["$schema"] = "http://json-schema.org/draft-07/schema#";
        // A registry of its own: the schema has no $id, and the global registry would keep it across tests.
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        return JsonSchema.FromText(schema.ToJsonString(), options, new Uri("https://petitionbot.invalid/teams/v1.22/manifest.schema.json"));
    }
}
