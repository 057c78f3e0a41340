using PetitionBot.Regulations.Accountability;
using Xunit.Abstractions;

namespace PetitionBot.Regulations.Tests.Accountability;

/// <summary>
/// Every clause of the five texts that names a measure or a kind of responsibility — found by scanning the texts
/// for those words, not listed by hand — has a rule in the advisor's data resting on it. Prints the list.
/// </summary>
public class MeasureCoverageTests(LoadedAdvisor loaded, ITestOutputHelper output) : IClassFixture<LoadedAdvisor>
{
    [Fact]
    public void EveryMeasureBearingClauseHasARule()
    {
        var clauses = new MeasureClauses(loaded.Corpus, loaded.Rules);
        var scanned = clauses.Scan();
        foreach (var (clause, terms) in scanned)
        {
            var handledBy = clauses.RulesOn(clause.Id);
            output.WriteLine($"{clause.Id,-22} {string.Join("、", terms),-40} → {(handledBy.Count == 0 ? "NONE" : string.Join("; ", handledBy))}");
        }
        var uncovered = clauses.Uncovered();
        output.WriteLine($"measure-bearing clauses: {scanned.Count}, covered: {scanned.Count - uncovered.Count} ({(double)(scanned.Count - uncovered.Count) / scanned.Count:P0})");
        Assert.True(uncovered.Count == 0, "no rule for: " + string.Join(", ", uncovered.Select(u => $"{u.Clause.Id} ({string.Join("、", u.Terms)})")));
        // The scan must find the ladders themselves, or the terms list has gone wrong.
        Assert.Contains(scanned, c => c.Clause.Id == "national-2016#15");
        Assert.Contains(scanned, c => c.Clause.Id == "hunan-2016#7");
        Assert.True(scanned.Count >= 20, $"only {scanned.Count} clauses found");
    }

    [Fact]
    public void WordingsSetAsideNameNoMeasure_ButTheSanctionIsStillFound()
    {
        // 上海 第十一条 commends some areas (通报表扬) and gives others a notice (予以通报): only the latter is a measure.
        var scanned = new MeasureClauses(loaded.Corpus, loaded.Rules).Scan();
        Assert.Contains(scanned, c => c.Clause.Id == "shanghai-2017#11");
        Assert.DoesNotContain(scanned, c => c.Clause.Id == "national-2016#10");
        Assert.DoesNotContain(scanned, c => c.Clause.Id == "national-2016#9");
    }

    /// <summary>
    /// Every listed situation (but the catch-all items) can be told in everyday words: some thesaurus term restates
    /// into one of its cues, so a story without the texts' vocabulary still reaches it.
    /// </summary>
    [Fact]
    public void EveryListedSituationHasEverydayWording()
    {
        var terms = loaded.Rules.Vocabulary.Everyday.Select(t => PhraseScanner.Fold(t.Term)).ToList();
        var bare = loaded.Rules.Documents.SelectMany(d => d.Situations).Where(s => !s.CatchAll)
            .Where(s => !s.Cues.Concat(s.KeyCues).Select(PhraseScanner.Fold)
                .Any(c => terms.Any(t => t.Contains(c, StringComparison.Ordinal) || c.Contains(t, StringComparison.Ordinal))))
            .Select(s => $"{s.Id} {s.Label}")
            .ToList();
        Assert.True(bare.Count == 0, "no everyday wording for: " + string.Join("; ", bare));
    }

    [Fact]
    public void EveryEverydayTermIsTheTextsOwnWord()
    {
        var texts = string.Concat(loaded.Corpus.Clauses.Select(c => ClauseQuote.Normalize(c.Text)));
        var missing = loaded.Rules.Vocabulary.Everyday.Where(t => !texts.Contains(ClauseQuote.Normalize(t.Term), StringComparison.Ordinal)).Select(t => t.Term).ToList();
        Assert.True(missing.Count == 0, "not in the texts: " + string.Join("、", missing));
        Assert.All(loaded.Rules.Vocabulary.Everyday, t => Assert.NotEmpty(t.Phrases));
    }
}
