using System.Text;

namespace PetitionBot.Regulations.Search;

/// <summary>Folds wording variants (问责 / 责任追究 / 追究责任 …) to one form so queries and clauses meet.</summary>
public sealed class SynonymTable
{
    private readonly Dictionary<char, (string From, string To)[]> _variants;
    private readonly Dictionary<char, (string From, string To)[]> _sayings;
    private readonly HashSet<string> _sayingParts;

    /// <param name="groups">True variants; each folds to its group's first entry.</param>
    /// <param name="everyday">Everyday sayings and the texts' terms they stand for (甩脸色 → 态度恶劣, 简单粗暴).</param>
    public SynonymTable(IEnumerable<IReadOnlyList<string>> groups, IEnumerable<(IReadOnlyList<string> Terms, IReadOnlyList<string> Sayings)>? everyday = null)
    {
        _sayings = ByFirstCharacter((everyday ?? [])
            .SelectMany(e => e.Sayings.Select(s => (Saying: s, Terms: string.Join("、", e.Terms))))
            .Where(p => p.Saying.Length > 0)
            .DistinctBy(p => p.Saying)
            .Select(p => (From: p.Saying, To: p.Terms))
            .ToList());
        _sayingParts = _sayings.Values.SelectMany(v => v).SelectMany(p => Parts(p.From)).ToHashSet(StringComparer.Ordinal);
        _variants = ByFirstCharacter(groups
            .SelectMany(g => g.Select(v => (From: v, To: g[0])))
            .Where(p => p.From.Length > 0)
            .ToList());
    }

    /// <summary>Candidates by their first character, longest first, so a pass looks only at what can match here.</summary>
    private static Dictionary<char, (string From, string To)[]> ByFirstCharacter(List<(string From, string To)> pairs) =>
        pairs.GroupBy(p => p.From[0]).ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.From.Length).ToArray());

    /// <summary>The table shipped with the product (Search/synonyms.json).</summary>
    public static SynonymTable Default { get; } = LoadDefault();

    /// <summary>Replaces each everyday saying with the texts' terms for it, longest first, in one left-to-right pass.</summary>
    /// <param name="found">When given, receives each saying expanded, in order, with the terms it was read as.</param>
    public string ExpandSayings(string text, List<SayingReading>? found = null) => Replace(text, _sayings, keep: true, found);

    /// <summary>Whether a word is an everyday saying, or a word of one, that the table reads as the texts' terms.</summary>
    public bool IsSayingWord(string word) => _sayingParts.Contains(word);

    private static IEnumerable<string> Parts(string saying)
    {
        for (var length = 2; length <= saying.Length; length++)
            for (var start = 0; start + length <= saying.Length; start++)
                yield return saying.Substring(start, length);
    }

    /// <summary>Replaces each variant with its group's first word, longest match first, in one left-to-right pass.</summary>
    public string Normalize(string text) => Replace(text, _variants, keep: false);

    /// <param name="keep">Keep the matched words beside their replacement (a saying may also be the texts' own word).</param>
    private static string Replace(string text, Dictionary<char, (string From, string To)[]> table, bool keep, List<SayingReading>? found = null)
    {
        var result = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var matched = false;
            foreach (var (variant, canonical) in table.GetValueOrDefault(text[i], []))
            {
                if (string.CompareOrdinal(text, i, variant, 0, variant.Length) != 0) continue;
                found?.Add(new SayingReading(variant, canonical));
                if (keep) result.Append(variant).Append('、');
                result.Append(canonical);
                if (keep) result.Append('、');
                i += variant.Length;
                matched = true;
                break;
            }
            if (!matched) result.Append(text[i++]);
        }
        return result.ToString();
    }

    private static SynonymTable LoadDefault()
    {
        using var json = EmbeddedJson.Read("synonyms.json");
        var groups = json.RootElement.GetProperty("groups").EnumerateArray()
            .Select(g => (IReadOnlyList<string>)g.EnumerateArray().Select(w => w.GetString()!).ToList());
        var everyday = json.RootElement.TryGetProperty("everyday", out var e)
            ? e.EnumerateArray().Select(x => (
                (IReadOnlyList<string>)x.GetProperty("texts").EnumerateArray().Select(w => w.GetString()!).ToList(),
                (IReadOnlyList<string>)x.GetProperty("say").EnumerateArray().Select(w => w.GetString()!).ToList())).ToList()
            : [];
        return new SynonymTable(groups, everyday);
    }
}
