using System.Text.RegularExpressions;
using PetitionBot.Regulations.Corpus;

namespace PetitionBot.Regulations.Accountability;

/// <summary>
/// The clauses of the loaded texts that name a measure or a kind of responsibility (通报, 诫勉, 免职, 移送司法机关,
/// 主要领导责任, 不承担 …), found by scanning each clause's own words — an article without the text of its items —
/// for the vocabulary's measure terms, after setting aside the wordings in which those words name no measure.
/// Every such clause should have a rule; <see cref="Uncovered"/> says which do not.
/// </summary>
public sealed class MeasureClauses(RegulationCorpus corpus, AccountabilityRules rules)
{
    private readonly Regex[] _notMeasures = rules.Vocabulary.NotMeasureContexts.Select(c => new Regex(c.Pattern, RegexOptions.CultureInvariant)).ToArray();

    /// <summary>Each clause naming a measure, with the terms found in its own words.</summary>
    public IReadOnlyList<(Clause Clause, IReadOnlyList<string> Terms)> Scan()
    {
        var found = new List<(Clause, IReadOnlyList<string>)>();
        foreach (var clause in corpus.Clauses)
        {
            var own = OwnText(clause);
            foreach (var pattern in _notMeasures) own = pattern.Replace(own, "〓");
            var terms = rules.Vocabulary.MeasureTerms.Where(t => own.Contains(ClauseQuote.Normalize(t), StringComparison.Ordinal)).ToList();
            if (terms.Count > 0) found.Add((clause, terms));
        }
        return found;
    }

    /// <summary>The rules resting on exactly this clause.</summary>
    public IReadOnlyList<string> RulesOn(string clauseId) =>
        rules.ClauseRules().Where(r => r.Rule.Clause == clauseId).Select(r => r.Where).ToList();

    public IReadOnlyList<(Clause Clause, IReadOnlyList<string> Terms)> Uncovered() =>
        Scan().Where(c => RulesOn(c.Clause.Id).Count == 0).ToList();

    /// <summary>The clause's text without its items' (whitespace removed, punctuation folded).</summary>
    private string OwnText(Clause clause)
    {
        var own = ClauseQuote.Normalize(clause.Text);
        if (clause.IsItem) return own;
        foreach (var item in corpus.ItemsOf(clause))
            own = own.Replace(ClauseQuote.Normalize(item.Text), "〓", StringComparison.Ordinal);
        return own;
    }
}
