namespace PetitionBot.Regulations.Accountability;

/// <summary>
/// Matches a description to a document's enumerated situations by the words each item is usually described with,
/// after restating everyday wording in the texts' terms. The catch-all item ("其他…情形") is never guessed from its
/// own words; it is chosen when the description matches an item another loaded text lists but this one does not
/// (瞒报 is listed by 上海 and 湖南, not by the national rules), and otherwise only offered.
/// </summary>
public sealed class SituationMatcher(AdvisorVocabulary vocabulary, IReadOnlyList<DocumentRules> documents)
{
    private const int MinCoverage = 2;
    private const int ClosestCount = 3;
    private const int KeyWeight = 2;
    private readonly EverydayWording _everyday = new(vocabulary);
    private readonly FactExtractor _facts = new(vocabulary);

    public SituationMatch Match(DocumentRules rules, string description)
    {
        var story = _everyday.Restate(_facts.Residual(description));
        var scanner = new PhraseScanner(story);
        var best = Best(rules, scanner);
        var described = scanner.ContainsAny(vocabulary.SituationSignals) || best.Score > 0;
        if (best.Situation is not null)
            return new SituationMatch(best.Situation, true, []);
        if (rules.Situations.FirstOrDefault(s => s.CatchAll) is { } catchAll && ListedElsewhere(rules, scanner) is { } elsewhere)
            return new SituationMatch(catchAll, true, []) { ListedIn = elsewhere };
        return new SituationMatch(null, described, Closest(rules, scanner.Compact));
    }

    /// <summary>Whether any of the documents' situations is described (used to recognize an accountability question).</summary>
    public bool MatchesAny(string description)
    {
        var scanner = new PhraseScanner(_everyday.Restate(_facts.Residual(description)));
        return documents.Any(d => Best(d, scanner).Situation is not null);
    }

    private static (SituationRule? Situation, int Score) Best(DocumentRules rules, PhraseScanner scanner)
    {
        var inScope = rules.RequiresCue.Count == 0 || scanner.ContainsAny(rules.RequiresCue);
        var scored = rules.Situations
            .Select((s, i) => (Situation: s, Index: i, Score: s.CatchAll || !inScope ? 0 : scanner.Coverage(s.Cues) + KeyWeight * scanner.Coverage(s.KeyCues)))
            .ToList();
        var best = scored.Where(s => s.Score >= MinCoverage).OrderByDescending(s => s.Score).ThenBy(s => s.Index).FirstOrDefault();
        return (best.Situation, scored.Count == 0 ? 0 : scored.Max(s => s.Score));
    }

    /// <summary>An item of another general document (not a narrow local one) that the description matches.</summary>
    private SituationRule? ListedElsewhere(DocumentRules rules, PhraseScanner scanner) =>
        documents.Where(d => d.Document != rules.Document && d.Scope is null)
            .Select(d => Best(d, scanner).Situation)
            .FirstOrDefault(s => s is not null);

    /// <summary>Items sharing the most character pairs with the description, then the catch-all item.</summary>
    private static IReadOnlyList<SituationRule> Closest(DocumentRules rules, string compact)
    {
        var pairs = Pairs(compact);
        var ranked = rules.Situations.Where(s => !s.CatchAll)
            .Select((s, i) => (Situation: s, Index: i, Shared: Pairs(PhraseScanner.Fold(s.KeyPhrase + s.Label + string.Concat(s.Cues))).Count(pairs.Contains)))
            .OrderByDescending(s => s.Shared).ThenBy(s => s.Index)
            .Take(ClosestCount)
            .Select(s => s.Situation)
            .ToList();
        ranked.AddRange(rules.Situations.Where(s => s.CatchAll));
        return ranked;
    }

    private static HashSet<string> Pairs(string s) =>
        Enumerable.Range(0, Math.Max(0, s.Length - 1)).Select(i => s.Substring(i, 2)).ToHashSet();
}
