namespace PetitionBot.Regulations.Accountability;

/// <summary>
/// Restates a description in the texts' terms: each everyday phrase found adds the term it stands for, so the
/// situations (whose cues are the texts' words) match stories told without legal vocabulary. A phrase negated with
/// 不 is also found negated with 没, 没有 or 未 ("不兑现" / "没兑现"), as officers say either.
/// </summary>
public sealed class EverydayWording
{
    private static readonly string[] PastNegations = ["没", "没有", "未"];

    private readonly IReadOnlyList<(EverydayTerm Term, IReadOnlyList<string> Phrases)> _terms;

    public EverydayWording(AdvisorVocabulary vocabulary) =>
        _terms = vocabulary.Everyday.Select(t => (t, (IReadOnlyList<string>)t.Phrases.SelectMany(Variants).Distinct().ToList())).ToList();

    /// <summary>The description followed by the terms its everyday phrases stand for (none: the description as it was).</summary>
    public string Restate(string description)
    {
        var terms = TermsIn(description);
        return terms.Count == 0 ? description : description + "\n" + string.Join("，", terms);
    }

    public IReadOnlyList<string> TermsIn(string description)
    {
        var scanner = new PhraseScanner(description);
        return _terms
            .Where(t => !scanner.Contains(t.Term.Term))
            .Where(t => scanner.ContainsAny(t.Phrases) && (t.Term.RequiresAny.Count == 0 || scanner.ContainsAny(t.Term.RequiresAny)))
            .Select(t => t.Term.Term)
            .Distinct()
            .ToList();
    }

    /// <summary>"不兑现" → also "没兑现", "没有兑现", "未兑现"; a one-character rest is left alone (不收 is not 没收).</summary>
    private static IEnumerable<string> Variants(string phrase)
    {
        yield return phrase;
        if (phrase.Length < 3 || phrase[0] != '不') yield break;
        foreach (var negation in PastNegations)
            yield return negation + phrase[1..];
    }
}
