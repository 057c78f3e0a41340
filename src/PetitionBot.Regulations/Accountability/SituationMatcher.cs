namespace PetitionBot.Regulations.Accountability;

/// <summary>
/// Matches a description to a document's enumerated situations by the words each item is usually described with;
/// the catch-all item ("其他…情形") is never guessed, only offered.
/// </summary>
public sealed class SituationMatcher(AdvisorVocabulary vocabulary)
{
    private const int MinCoverage = 2;
    private const int ClosestCount = 3;

    public SituationMatch Match(DocumentRules rules, string description)
    {
        var scanner = new PhraseScanner(description);
        var inScope = rules.RequiresCue.Count == 0 || scanner.ContainsAny(rules.RequiresCue);
        var scored = rules.Situations
            .Select((s, i) => (Situation: s, Index: i, Score: s.CatchAll || !inScope ? 0 : scanner.Coverage(s.Cues)))
            .ToList();
        var best = scored.Where(s => s.Score >= MinCoverage).OrderByDescending(s => s.Score).ThenBy(s => s.Index).FirstOrDefault();
        var described = scanner.ContainsAny(vocabulary.SituationSignals) || scored.Any(s => s.Score > 0);
        return new SituationMatch(best.Situation, described, best.Situation is null ? Closest(rules, scanner.Compact) : []);
    }

    /// <summary>Whether any of the documents' situations is described (used to recognize an accountability question).</summary>
    public bool MatchesAny(IEnumerable<DocumentRules> documents, string description) =>
        documents.Any(d => Match(d, description).Situation is not null);

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
