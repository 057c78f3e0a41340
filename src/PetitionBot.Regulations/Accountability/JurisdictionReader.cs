using PetitionBot.Regulations.Corpus;

namespace PetitionBot.Regulations.Accountability;

/// <summary>
/// Finds which loaded document a description means: "按中央办法" chooses the national rules even when a province is
/// named; otherwise a named province's own document is preferred; a province with no loaded document gets the national rules.
/// </summary>
public sealed class JurisdictionReader
{
    private readonly IReadOnlyList<(string Document, IReadOnlyList<string> Names, bool National)> _documents;
    private readonly AdvisorVocabulary _vocabulary;

    public JurisdictionReader(RegulationCorpus corpus, AccountabilityRules rules)
    {
        _vocabulary = rules.Vocabulary;
        _documents = corpus.Documents
            .Where(d => rules.For(d.Id) is not null)
            .Select(d => (d.Id, JurisdictionNames.Aliases(d.Jurisdiction), d.IsNational))
            .ToList();
    }

    public string? NationalDocument => _documents.FirstOrDefault(d => d.National).Document;

    /// <summary>The button text for a document (中央, 上海 …).</summary>
    public IReadOnlyList<(string Document, string Name)> Choices(RegulationCorpus corpus) =>
        _documents.Select(d => (d.Document, JurisdictionNames.Short(corpus.FindDocument(d.Document)!.Jurisdiction))).ToList();

    /// <param name="asAnswer">The text answers "which rules?": one-character abbreviations (沪, 湘) count too.</param>
    public JurisdictionReading Read(string text, bool asAnswer = false)
    {
        var scanner = new PhraseScanner(text);
        var found = new List<(string Document, int At, bool Explicit, bool National)>();
        foreach (var (document, names, national) in _documents)
        {
            var candidates = asAnswer ? names.Concat(names.Where(n => !national && n.EndsWith('办')).Select(n => n[..^1])) : names;
            var at = candidates.Select(scanner.IndexOf).Where(i => i >= 0).DefaultIfEmpty(-1).Min();
            if (at < 0) continue;
            var before = scanner.Compact[Math.Max(0, at - 3)..at];
            var after = scanner.Compact[at..Math.Min(scanner.Compact.Length, at + 8)];
            // "按中央办法" or "中央那个办法：湖南某县…": the rules are chosen, the other place is only where it happened.
            var explicitChoice = _vocabulary.ExplicitJurisdictionMarkers.Any(m => before.Contains(m, StringComparison.Ordinal))
                                 || _vocabulary.DocumentWords.Any(w => after.Contains(w, StringComparison.Ordinal));
            found.Add((document, at, explicitChoice, national));
        }

        foreach (var (document, names) in _vocabulary.DocumentNames)
        {
            if (found.Any(f => f.Document == document) || !_documents.Any(d => d.Document == document)) continue;
            var at = names.Select(scanner.IndexOf).Where(i => i >= 0).DefaultIfEmpty(-1).Min();
            // Naming the document itself (实施细则, 湘办发) chooses its rules, as "按…" does.
            if (at >= 0) found.Add((document, at, true, _documents.First(d => d.Document == document).National));
        }
        if (found.Count == 0)
        {
            // A city or district of a province with loaded rules (长沙, 浦东) names that province.
            foreach (var (document, places) in _vocabulary.PlaceNames)
            {
                if (!_documents.Any(d => d.Document == document)) continue;
                var at = places.Select(scanner.IndexOf).Where(i => i >= 0).DefaultIfEmpty(-1).Min();
                if (at >= 0) found.Add((document, at, false, false));
            }
        }

        if (found.Count == 0)
        {
            var unloaded = _vocabulary.OtherJurisdictions.FirstOrDefault(scanner.Contains);
            return unloaded is null ? JurisdictionReading.None : new JurisdictionReading(NationalDocument, null, unloaded);
        }
        var chosen = found.Where(f => f.Explicit).OrderBy(f => f.At).FirstOrDefault();
        if (chosen.Document is null)
            chosen = found.OrderBy(f => f.National).ThenBy(f => f.At).First();
        var other = found.Where(f => f.Document != chosen.Document).OrderBy(f => f.At).Select(f => f.Document).FirstOrDefault();
        return new JurisdictionReading(chosen.Document, other, null);
    }
}
