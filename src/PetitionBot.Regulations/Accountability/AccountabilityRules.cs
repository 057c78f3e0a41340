using System.Text.Json;

namespace PetitionBot.Regulations.Accountability;

/// <summary>
/// The accountability rules of every loaded document, written from the texts and pointing at clause ids, plus the
/// vocabulary used to read descriptions. Loaded from accountability/rules.json and vocabulary.json in the regulations folder.
/// </summary>
public sealed record AccountabilityRules
{
    public const string FolderName = "accountability";

    public required IReadOnlyList<DocumentRules> Documents { get; init; }
    public required AdvisorVocabulary Vocabulary { get; init; }

    public DocumentRules? For(string documentId) => Documents.FirstOrDefault(d => d.Document == documentId);

    /// <summary>Every rule that rests on a clause, with where it sits in the rules, for checking against the texts.</summary>
    public IEnumerable<(string Where, IClauseRule Rule)> ClauseRules()
    {
        foreach (var d in Documents)
        {
            yield return ($"{d.Document} situationArticle", d.SituationArticle);
            foreach (var s in d.Situations) yield return ($"{d.Document} situation {s.Id}", s);
            foreach (var s in d.Steps) yield return ($"{d.Document} step {s.Id}", s);
            foreach (var n in d.Notes) yield return ($"{d.Document} note {n.Kind}", n);
        }
    }

    public static async Task<AccountabilityRules> LoadAsync(string regulationsFolder, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(regulationsFolder, FolderName);
        var rules = await ReadAsync<RulesFile>(Path.Combine(folder, "rules.json"), cancellationToken).ConfigureAwait(false);
        var vocabulary = await ReadAsync<AdvisorVocabulary>(Path.Combine(folder, "vocabulary.json"), cancellationToken).ConfigureAwait(false);
        return new AccountabilityRules { Documents = rules.Documents, Vocabulary = vocabulary };
    }

    private static async Task<T> ReadAsync<T>(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"Accountability rules file not found: {path}", path);
        await using var stream = File.OpenRead(path);
        return await JsonSerializer.DeserializeAsync<T>(stream, JsonOptions, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidDataException($"{path} is empty.");
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private sealed record RulesFile(IReadOnlyList<DocumentRules> Documents);
}
