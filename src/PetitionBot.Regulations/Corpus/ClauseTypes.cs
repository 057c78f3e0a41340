using System.Text.Json;
using System.Text.RegularExpressions;

namespace PetitionBot.Regulations.Corpus;

/// <summary>
/// Kinds of provision (purpose, scope, effective date, appeal …) read from the texts' structure words, and the
/// kinds a question asks for; both come from Corpus/clause-types.json.
/// </summary>
public sealed class ClauseTypes
{
    private sealed record Kind(string Name, bool SpeaksAboutItsDocument, Regex[] Clause, Regex[] Question);

    private readonly Kind[] _kinds;

    private ClauseTypes(Kind[] kinds) => _kinds = kinds;

    public static ClauseTypes Default { get; } = Load();

    /// <summary>Kinds a clause is: its own text, and for an item also its article's lead-in ("…不服的，可以申诉").</summary>
    public IReadOnlySet<string> Tag(Clause clause, Clause? parent)
    {
        var text = parent?.Lead is { } lead ? lead + "\n" + clause.Text : clause.Text;
        return _kinds.Where(k => k.Clause.Any(r => r.IsMatch(text))).Select(k => k.Name).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Kinds a question asks for ("啥时候开始执行" → effective).</summary>
    public IReadOnlySet<string> Read(string question) =>
        _kinds.Where(k => k.Question.Any(r => r.IsMatch(question))).Select(k => k.Name).ToHashSet(StringComparer.Ordinal);

    /// <summary>Kinds only a document's own clause can answer (本办法由…解释, 本办法自…起施行).</summary>
    public bool SpeaksAboutItsDocument(string kind) => _kinds.Any(k => k.Name == kind && k.SpeaksAboutItsDocument);

    private static ClauseTypes Load()
    {
        const string resource = "PetitionBot.Regulations.Corpus.clause-types.json";
        using var stream = typeof(ClauseTypes).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded resource {resource} is missing.");
        using var json = JsonDocument.Parse(stream);
        var kinds = json.RootElement.GetProperty("types").EnumerateArray().Select(t => new Kind(
            t.GetProperty("name").GetString()!,
            t.TryGetProperty("self", out var self) && self.GetBoolean(),
            Patterns(t.GetProperty("clause")),
            Patterns(t.GetProperty("question")))).ToArray();
        return new ClauseTypes(kinds);
    }

    private static Regex[] Patterns(JsonElement list) =>
        list.EnumerateArray().Select(p => new Regex(p.GetString()!, RegexOptions.CultureInvariant | RegexOptions.Multiline | RegexOptions.Compiled)).ToArray();
}
