using PetitionBot.Regulations.Answers;
using PetitionBot.Regulations.Corpus;

namespace PetitionBot.Regulations.Accountability;

/// <summary>
/// Numbers cited clauses in order of first use; a clause cited for several rules is listed once, quoting the
/// sentences that hold each rule's key phrase.
/// </summary>
public sealed class CitationList(RegulationCorpus corpus)
{
    private const int MaxQuote = 150;
    private const int MaxExcerpt = 160;
    private readonly List<(Clause Clause, List<string> Phrases)> _cited = [];

    /// <summary>The "[n]" marker for the rule's clause.</summary>
    public string Cite(IClauseRule rule)
    {
        var clause = corpus.FindClause(rule.Clause)
            ?? throw new InvalidDataException($"Accountability rule points at clause '{rule.Clause}', which is not in the loaded texts.");
        var index = _cited.FindIndex(c => c.Clause.Id == clause.Id);
        if (index < 0)
        {
            _cited.Add((clause, [rule.KeyPhrase]));
            index = _cited.Count - 1;
        }
        else if (!_cited[index].Phrases.Contains(rule.KeyPhrase))
        {
            _cited[index].Phrases.Add(rule.KeyPhrase);
        }
        return $"[{index + 1}]";
    }

    /// <summary>The clause's label without the document (第十四条, 四、(四)).</summary>
    public string LabelOf(string clauseId) => corpus.FindClause(clauseId)?.Label ?? clauseId;

    public IReadOnlyList<Citation> Build() => _cited.Select((c, i) =>
    {
        var document = corpus.DocumentOf(c.Clause);
        var quote = ClauseQuote.For(c.Clause.Text, c.Phrases, MaxQuote);
        // The advisor's lines state each cited rule; the clause's own words are a tap away (entity, clause page).
        return Citation.Of(document, c.Clause, i + 1, quote, quote.Length <= MaxExcerpt ? quote : quote[..(MaxExcerpt - 1)] + "…") with { InAnswer = true };
    }).ToList();
}
