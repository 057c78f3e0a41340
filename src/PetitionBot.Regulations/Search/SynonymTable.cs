using System.Text;

namespace PetitionBot.Regulations.Search;

/// <summary>Folds wording variants (问责 / 责任追究 / 追究责任 …) to one form so queries and clauses meet.</summary>
public sealed class SynonymTable
{
    private readonly (string Variant, string Canonical)[] _variants;

    public SynonymTable(IEnumerable<IReadOnlyList<string>> groups)
    {
        _variants = groups
            .SelectMany(g => g.Select(v => (Variant: v, Canonical: g[0])))
            .Where(p => p.Variant.Length > 0)
            .OrderByDescending(p => p.Variant.Length)
            .ToArray();
    }

    /// <summary>The table shipped with the product (Search/synonyms.json).</summary>
    public static SynonymTable Default { get; } = LoadDefault();

    /// <summary>Replaces each variant with its group's first word, longest match first, in one left-to-right pass.</summary>
    public string Normalize(string text)
    {
        var result = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var matched = false;
            foreach (var (variant, canonical) in _variants)
            {
                if (string.CompareOrdinal(text, i, variant, 0, variant.Length) != 0) continue;
                result.Append(canonical);
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
        return new SynonymTable(groups);
    }
}
