using System.Text.Json;

namespace PetitionBot.Regulations.Llm;

/// <summary>The answer guard's word classes, read from Llm/guard-vocabulary.json (data, reviewed apart from code).</summary>
public sealed record GuardVocabulary
{
    public required IReadOnlyList<string> Counters { get; init; }
    public required IReadOnlyDictionary<string, string> UnitAliases { get; init; }
    public required IReadOnlyList<string> Negators { get; init; }
    public required IReadOnlySet<string> IgnoredWords { get; init; }
    public required IReadOnlyList<string> DocumentKinds { get; init; }

    public static GuardVocabulary Default { get; } = Load();

    private static GuardVocabulary Load()
    {
        const string resource = "PetitionBot.Regulations.Llm.guard-vocabulary.json";
        using var stream = typeof(GuardVocabulary).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Missing embedded resource {resource}.");
        using var json = JsonDocument.Parse(stream);
        var root = json.RootElement;
        string[] List(string name) => root.GetProperty(name).EnumerateArray().Select(e => e.GetString()!).ToArray();
        return new GuardVocabulary
        {
            // Longest first, so 个工作日 is read before 个 and 没有 before 没.
            Counters = List("counters").OrderByDescending(c => c.Length).ToArray(),
            UnitAliases = root.GetProperty("unitAliases").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!),
            Negators = List("negators").OrderByDescending(n => n.Length).ToArray(),
            IgnoredWords = List("ignoredWords").ToHashSet(StringComparer.Ordinal),
            DocumentKinds = List("documentKinds"),
        };
    }
}
