namespace PetitionBot.Regulations.Accountability;

/// <summary>
/// Reads whether the fault was put right after a prior measure. A negation before a rectified phrase (没整改到位)
/// reads as not rectified; looser phrases (还是没, 过了期限) count only once a prior measure is told.
/// </summary>
public sealed class RectificationReader
{
    private readonly IReadOnlyDictionary<string, IReadOnlyList<string>> _phrases;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<string>> _replies;
    private readonly IReadOnlyList<string> _afterPrior;

    public RectificationReader(AdvisorVocabulary vocabulary)
    {
        var rectified = vocabulary.Phrases(vocabulary.Rectification, "rectified");
        var negated = rectified.Select(Unmarked).Distinct()
            .SelectMany(p => vocabulary.Negations.Select(n => n + p));
        _phrases = new Dictionary<string, IReadOnlyList<string>>
        {
            ["not-rectified"] = vocabulary.Phrases(vocabulary.Rectification, "not-rectified").Concat(negated).Distinct().ToList(),
            ["rectified"] = rectified,
        };
        _replies = vocabulary.RectificationReply;
        _afterPrior = vocabulary.RectificationAfterPrior;
    }

    /// <summary>Every phrase that states rectification (with the generated negations), for setting them aside from the story.</summary>
    public IEnumerable<string> Phrases(bool priorTold) =>
        _phrases.Values.SelectMany(p => p).Concat(priorTold ? _afterPrior : []);

    /// <param name="asAnswer">The advisor asked about rectification: a bare "没" or "已" answers it.</param>
    public bool? Read(string text, bool priorTold, bool asAnswer)
    {
        var found = new PhraseScanner(text).Take(_phrases);
        if (found.Count == 0 && asAnswer)
            found = new PhraseScanner(text).Take(_replies);
        if (found.Count == 0 && priorTold && new PhraseScanner(text).ContainsAny(_afterPrior))
            return false;
        return found.Contains("not-rectified") ? false : found.Contains("rectified") ? true : null;
    }

    /// <summary>"已按期整改" → "按期整改", so that "没" + it reads "没按期整改".</summary>
    private static string Unmarked(string phrase) =>
        phrase.StartsWith("已经", StringComparison.Ordinal) ? phrase[2..]
        : phrase.StartsWith('已') ? phrase[1..]
        : phrase;
}
