using PetitionBot.Language.Text;

namespace PetitionBot.Regulations.Accountability;

/// <summary>
/// A description folded for matching (full-width, traditional, punctuation and spaces removed). Phrases are found
/// longest first and each character is used once, so "未按期整改" is not also read as "按期整改".
/// </summary>
public sealed class PhraseScanner
{
    private readonly bool[] _used;

    public PhraseScanner(string text)
    {
        Compact = TextNormalizer.Compact(text);
        _used = new bool[Compact.Length];
    }

    public string Compact { get; }

    public static string Fold(string phrase) => TextNormalizer.Compact(phrase);

    /// <summary>Whether the phrase occurs at all (used or not).</summary>
    public bool Contains(string phrase) => Fold(phrase) is { Length: > 0 } p && Compact.Contains(p, StringComparison.Ordinal);

    public bool ContainsAny(IEnumerable<string> phrases) => phrases.Any(Contains);

    /// <summary>
    /// Finds which group's phrases occur, longest phrase first across all groups, marking what they cover;
    /// returns the groups found, in the order given.
    /// </summary>
    public IReadOnlyList<string> Take(IReadOnlyDictionary<string, IReadOnlyList<string>> groups)
    {
        var found = new HashSet<string>();
        var phrases = groups.SelectMany(g => g.Value.Select(p => (Group: g.Key, Phrase: Fold(p))))
            .Where(p => p.Phrase.Length > 0)
            .OrderByDescending(p => p.Phrase.Length);
        foreach (var (group, phrase) in phrases)
            if (TakeAll(phrase)) found.Add(group);
        return groups.Keys.Where(found.Contains).ToList();
    }

    /// <summary>Marks every unused occurrence of the phrase; true if there was one.</summary>
    public bool TakeAll(string phrase)
    {
        var p = Fold(phrase);
        if (p.Length == 0) return false;
        var any = false;
        for (var at = Compact.IndexOf(p, StringComparison.Ordinal); at >= 0; at = Compact.IndexOf(p, at + 1, StringComparison.Ordinal))
        {
            if (Enumerable.Range(at, p.Length).Any(i => _used[i])) continue;
            for (var i = at; i < at + p.Length; i++) _used[i] = true;
            any = true;
        }
        return any;
    }

    /// <summary>Marks occurrences without reporting them (words that must not be read as something else).</summary>
    public void Ignore(IEnumerable<string> phrases)
    {
        foreach (var p in phrases.OrderByDescending(p => p.Length)) TakeAll(p);
    }

    /// <summary>Total length of the phrases occurring anywhere (used or not), each counted once.</summary>
    public int Coverage(IEnumerable<string> phrases)
    {
        var covered = new bool[Compact.Length];
        foreach (var p in phrases.Select(Fold).Where(p => p.Length > 0))
            for (var at = Compact.IndexOf(p, StringComparison.Ordinal); at >= 0; at = Compact.IndexOf(p, at + 1, StringComparison.Ordinal))
                for (var i = at; i < at + p.Length; i++) covered[i] = true;
        return covered.Count(c => c);
    }

    /// <summary>Index of the first occurrence, or -1.</summary>
    public int IndexOf(string phrase) => Fold(phrase) is { Length: > 0 } p ? Compact.IndexOf(p, StringComparison.Ordinal) : -1;
}
